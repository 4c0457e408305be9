// Subset-sum DP over reachable sums, one boolean row updated right to left.
class Solution {
    public boolean canPartition(int[] nums) {
        int total = 0;
        for (int x : nums) total += x;
        if (total % 2 != 0) return false;
        int half = total / 2;
        boolean[] dp = new boolean[half + 1];
        dp[0] = true;
        for (int x : nums)
            for (int s = half; s >= x; s--)
                if (dp[s - x]) dp[s] = true;
        return dp[half];
    }
}
