// Two pointers with running maxima from each side
class Solution {
public:
    int trap(vector<int>& height) {
        int l = 0, r = height.size() - 1, lm = 0, rm = 0, water = 0;
        while (l < r) {
            if (height[l] < height[r]) { lm = max(lm, height[l]); water += lm - height[l]; l++; }
            else { rm = max(rm, height[r]); water += rm - height[r]; r--; }
        }
        return water;
    }
};
