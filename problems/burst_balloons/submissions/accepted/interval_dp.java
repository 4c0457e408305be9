// Interval DP on the last balloon burst in each open interval, O(n^3).
class Solution {
    public int maxCoins(int[] nums) {
        int n = nums.length;
        int[] v = new int[n + 2];
        v[0] = v[n + 1] = 1;
        for (int i = 0; i < n; i++) v[i + 1] = nums[i];
        int[][] dp = new int[n + 2][n + 2];
        for (int len = 2; len <= n + 1; len++) {
            for (int l = 0; l + len <= n + 1; l++) {
                int r = l + len, best = 0;
                for (int k = l + 1; k < r; k++)
                    best = Math.max(best, dp[l][k] + dp[k][r] + v[l] * v[k] * v[r]);
                dp[l][r] = best;
            }
        }
        return dp[0][n + 1];
    }
}
