// The circle either skips the first house or the last one: two linear robber passes.
class Solution {
    public int rob(int[] nums) {
        int n = nums.length;
        if (n == 1) return nums[0];
        return Math.max(line(nums, 0, n - 2), line(nums, 1, n - 1));
    }
    private int line(int[] nums, int lo, int hi) {
        int take = 0, skip = 0;
        for (int i = lo; i <= hi; i++) {
            int t = skip + nums[i];
            skip = Math.max(skip, take);
            take = t;
        }
        return Math.max(take, skip);
    }
}
