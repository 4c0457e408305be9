// DP: bits(i) = bits(i >> 1) + (i & 1).
class Solution {
    public int[] countBits(int n) {
        int[] res = new int[n + 1];
        for (int i = 1; i <= n; i++) res[i] = res[i >> 1] + (i & 1);
        return res;
    }
}
