// expect: memory_limit_exceeded time_limit_exceeded
class Solution {
    public int search(int[] nums, int target) {
        List<long[]> hoard = new ArrayList<>();
        for (;;) hoard.add(new long[1 << 17]);
    }
}
