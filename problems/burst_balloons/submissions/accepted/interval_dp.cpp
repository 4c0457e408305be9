// Interval DP on the last balloon burst in each open interval
class Solution {
public:
    int maxCoins(vector<int>& nums) {
        vector<int> a; a.push_back(1);
        for (int x : nums) a.push_back(x);
        a.push_back(1);
        int n = a.size();
        vector<vector<int>> dp(n, vector<int>(n, 0));
        for (int len = 2; len < n; len++)
            for (int l = 0; l + len < n; l++) {
                int r = l + len, best = 0;
                for (int k = l + 1; k < r; k++)
                    best = max(best, dp[l][k] + dp[k][r] + a[l] * a[k] * a[r]);
                dp[l][r] = best;
            }
        return dp[0][n - 1];
    }
};
