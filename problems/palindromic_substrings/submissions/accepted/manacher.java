// Manacher's algorithm: each centre's radius counts the palindromes around it, O(n).
class Solution {
    public int countSubstrings(String s) {
        int n = s.length(), m = 2 * n + 1;
        char[] t = new char[m];
        for (int i = 0; i < m; i++) t[i] = (i & 1) == 0 ? '#' : s.charAt(i / 2);
        int[] rad = new int[m];
        int center = 0, right = 0, count = 0;
        for (int i = 0; i < m; i++) {
            int r = i < right ? Math.min(right - i, rad[2 * center - i]) : 0;
            while (i - r - 1 >= 0 && i + r + 1 < m && t[i - r - 1] == t[i + r + 1]) r++;
            rad[i] = r;
            if (i + r > right) { center = i; right = i + r; }
            count += (r + 1) / 2;
        }
        return count;
    }
}
