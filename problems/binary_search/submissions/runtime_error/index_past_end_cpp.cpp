class Solution {
public:
    int search(vector<int>& nums, int target) {
        int lo = 0, hi = nums.size();
        while (lo <= hi) {
            int mid = (lo + hi) / 2;
            if (nums.at(mid) == target) return mid;
            if (nums.at(mid) < target) lo = mid + 1;
            else hi = mid - 1;
        }
        return -1;
    }
};
