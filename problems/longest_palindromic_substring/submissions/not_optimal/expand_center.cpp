// Expand around every center
class Solution {
public:
    string longestPalindrome(string s) {
        int n = s.size(), start = 0, len = 1;
        for (int c = 0; c < n; c++)
            for (int odd = 0; odd < 2; odd++) {
                int l = c, r = c + odd;
                while (l >= 0 && r < n && s[l] == s[r]) { l--; r++; }
                if (r - l - 1 > len) { len = r - l - 1; start = l + 1; }
            }
        return s.substr(start, len);
    }
};
