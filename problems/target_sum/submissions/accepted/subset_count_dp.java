// Count subsets summing to (total + target) / 2 with a one-row DP.
class Solution {
    public int findTargetSumWays(int[] nums, int target) {
        int total = 0;
        for (int x : nums) total += x;
        if (Math.abs(target) > total || (total + target) % 2 != 0) return 0;
        int want = (total + target) / 2;
        int[] dp = new int[want + 1];
        dp[0] = 1;
        for (int x : nums)
            for (int s = want; s >= x; s--) dp[s] += dp[s - x];
        return dp[want];
    }
}
