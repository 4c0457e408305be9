// Manacher's algorithm on the '#'-interleaved string, O(n)
class Solution {
public:
    string longestPalindrome(string s) {
        string t = "^#";
        for (char c : s) { t += c; t += '#'; }
        t += '$';
        int n = t.size(), center = 0, right = 0;
        vector<int> p(n, 0);
        for (int i = 1; i < n - 1; i++) {
            if (i < right) p[i] = min(right - i, p[2 * center - i]);
            while (t[i + p[i] + 1] == t[i - p[i] - 1]) p[i]++;
            if (i + p[i] > right) { center = i; right = i + p[i]; }
        }
        int best = 0, at = 0;
        for (int i = 1; i < n - 1; i++) if (p[i] > best) { best = p[i]; at = i; }
        return s.substr((at - best) / 2, best);
    }
};
