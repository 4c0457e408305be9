// Count subsets summing to (total + target) / 2
class Solution {
public:
    int findTargetSumWays(vector<int>& nums, int target) {
        int total = accumulate(nums.begin(), nums.end(), 0);
        if (abs(target) > total || (total + target) % 2) return 0;
        int want = (total + target) / 2;
        vector<long long> dp(want + 1, 0);
        dp[0] = 1;
        for (int x : nums)
            for (int s = want; s >= x; s--) dp[s] += dp[s - x];
        return (int)dp[want];
    }
};
