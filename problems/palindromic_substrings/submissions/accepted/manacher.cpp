// Manacher's radii; a center of radius r holds (r + 1) / 2 palindromes, O(n)
class Solution {
public:
    int countSubstrings(string s) {
        string t = "^#";
        for (char c : s) { t += c; t += '#'; }
        t += '$';
        int n = t.size(), center = 0, right = 0, total = 0;
        vector<int> p(n, 0);
        for (int i = 1; i < n - 1; i++) {
            if (i < right) p[i] = min(right - i, p[2 * center - i]);
            while (t[i + p[i] + 1] == t[i - p[i] - 1]) p[i]++;
            if (i + p[i] > right) { center = i; right = i + p[i]; }
            total += (p[i] + 1) / 2;
        }
        return total;
    }
};
