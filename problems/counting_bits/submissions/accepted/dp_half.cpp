// DP: bits(i) = bits(i >> 1) + (i & 1)
class Solution {
public:
    vector<int> countBits(int n) {
        vector<int> r(n + 1, 0);
        for (int i = 1; i <= n; i++) r[i] = r[i >> 1] + (i & 1);
        return r;
    }
};
