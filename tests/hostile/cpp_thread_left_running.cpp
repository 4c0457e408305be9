// expect: runtime_error
// A detached thread still spinning after the call returned.
class Solution {
public:
    int search(vector<int>& nums, int target) {
        thread([] { volatile long x = 0; while (true) x++; }).detach();
        return -1;
    }
};
