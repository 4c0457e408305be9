// Track the largest and smallest product ending here
class Solution {
public:
    int maxProduct(vector<int>& nums) {
        double hi = nums[0], lo = nums[0], best = nums[0];
        for (size_t i = 1; i < nums.size(); i++) {
            double x = nums[i];
            if (x < 0) swap(hi, lo);
            hi = max(x, hi * x);
            lo = min(x, lo * x);
            best = max(best, hi);
        }
        return (int)best;
    }
};
