// Clear the lowest set bit until none is left
class Solution {
public:
    int hammingWeight(int n) {
        unsigned u = n;
        int c = 0;
        while (u) { u &= u - 1; c++; }
        return c;
    }
};
