// Manacher's algorithm on the string interleaved with separators, O(n).
class Solution {
    public String longestPalindrome(String s) {
        int n = s.length(), m = 2 * n + 1;
        char[] t = new char[m];
        for (int i = 0; i < m; i++) t[i] = (i & 1) == 0 ? '#' : s.charAt(i / 2);
        int[] rad = new int[m];
        int center = 0, right = 0, best = 0, bestCenter = 0;
        for (int i = 0; i < m; i++) {
            int r = i < right ? Math.min(right - i, rad[2 * center - i]) : 0;
            while (i - r - 1 >= 0 && i + r + 1 < m && t[i - r - 1] == t[i + r + 1]) r++;
            rad[i] = r;
            if (i + r > right) { center = i; right = i + r; }
            if (r > best) { best = r; bestCenter = i; }
        }
        int start = (bestCenter - best) / 2;
        return s.substring(start, start + best);
    }
}
