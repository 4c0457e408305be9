// expect: time_limit_exceeded
class Solution {
    public int search(int[] nums, int target) {
        long x = 0;
        while (x >= 0) x = (x + 1) & 0xffff;
        return (int) x;
    }
}
