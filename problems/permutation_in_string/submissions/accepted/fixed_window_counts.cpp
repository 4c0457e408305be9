// Fixed-size window of letter counts compared with s1's
class Solution {
public:
    bool checkInclusion(string s1, string s2) {
        int m = s1.size(), n = s2.size();
        if (m > n) return false;
        array<int, 26> a{}, b{};
        for (char c : s1) a[c - 'a']++;
        for (int i = 0; i < n; i++) {
            b[s2[i] - 'a']++;
            if (i >= m) b[s2[i - m] - 'a']--;
            if (a == b) return true;
        }
        return false;
    }
};
