// expect: accepted
// 200 MB of output per call: captured up to 64 KB, cut off at the file-size limit, never a crash.
class Solution {
public:
    int search(vector<int>& nums, int target) {
        string line(1 << 20, 'x');
        for (int i = 0; i < 200; i++) fwrite(line.data(), 1, line.size(), stdout);
        int lo = 0, hi = (int)nums.size() - 1;
        while (lo <= hi) {
            int mid = lo + (hi - lo) / 2;
            if (nums[mid] == target) return mid;
            if (nums[mid] < target) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }
};
