// Fixed-size window of letter counts, tracking how many letters match.
class Solution {
    public boolean checkInclusion(String s1, String s2) {
        int n = s1.length();
        if (n > s2.length()) return false;
        int[] diff = new int[26];
        for (int i = 0; i < n; i++) { diff[s1.charAt(i) - 'a']++; diff[s2.charAt(i) - 'a']--; }
        int zeros = 0;
        for (int d : diff) if (d == 0) zeros++;
        if (zeros == 26) return true;
        for (int i = n; i < s2.length(); i++) {
            int in = s2.charAt(i) - 'a', out = s2.charAt(i - n) - 'a';
            if (diff[in] == 0) zeros--;
            if (--diff[in] == 0) zeros++;
            if (diff[out] == 0) zeros--;
            if (++diff[out] == 0) zeros++;
            if (zeros == 26) return true;
        }
        return false;
    }
}
