// expect: runtime_error
// exit(0) in the middle of a call: the process ends, the host sees it die.
class Solution {
public:
    int search(vector<int>& nums, int target) {
        exit(0);
    }
};
