// DP over prefixes with two rolling values
class Solution {
public:
    int numDecodings(string s) {
        int prev2 = 1, prev1 = s[0] != '0';
        for (size_t i = 1; i < s.size(); i++) {
            int cur = 0;
            if (s[i] != '0') cur += prev1;
            int two = (s[i - 1] - '0') * 10 + (s[i] - '0');
            if (s[i - 1] != '0' && two <= 26) cur += prev2;
            prev2 = prev1; prev1 = cur;
        }
        return prev1;
    }
};
