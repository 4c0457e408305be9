// DP over prefixes, trying dictionary words ending at each position
class Solution {
public:
    bool wordBreak(string s, vector<string>& wordDict) {
        int n = s.size();
        vector<char> dp(n + 1, 0);
        dp[0] = 1;
        for (int i = 1; i <= n; i++)
            for (auto& w : wordDict) {
                int L = w.size();
                if (L <= i && dp[i - L] && s.compare(i - L, L, w) == 0) { dp[i] = 1; break; }
            }
        return dp[n];
    }
};
