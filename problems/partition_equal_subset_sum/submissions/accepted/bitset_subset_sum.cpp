// Subset sums as a bitset shifted by each number
class Solution {
public:
    bool canPartition(vector<int>& nums) {
        int total = accumulate(nums.begin(), nums.end(), 0);
        if (total % 2) return false;
        bitset<20001> b;
        b[0] = 1;
        for (int x : nums) b |= b << x;
        return b[total / 2];
    }
};
