// XOR for the sum, AND shifted for the carry, until no carry
class Solution {
public:
    int getSum(int a, int b) {
        unsigned x = a, y = b;
        while (y) { unsigned c = (x & y) << 1; x ^= y; y = c; }
        return (int)x;
    }
};
