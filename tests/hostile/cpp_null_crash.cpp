// expect: runtime_error
// A write through a null pointer: SIGSEGV.
class Solution {
public:
    int search(vector<int>& nums, int target) {
        int* p = nullptr;
        if (nums.size() < 1000000) *p = target;
        return -1;
    }
};
