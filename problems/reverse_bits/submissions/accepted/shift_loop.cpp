// Shift 32 bits out of n into the result
class Solution {
public:
    int reverseBits(int n) {
        unsigned u = n, r = 0;
        for (int i = 0; i < 32; i++) { r = (r << 1) | (u & 1); u >>= 1; }
        return (int)r;
    }
};
