// expect: runtime_error
class Solution {
    private int down(long n) {
        return n == 0 ? 0 : 1 + down(n - 1);
    }

    public int search(int[] nums, int target) {
        return down(100_000_000L);
    }
}
