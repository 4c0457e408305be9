// expect: time_limit_exceeded
// Never returns: killed at the call's limit.
class Solution {
public:
    int search(vector<int>& nums, int target) {
        volatile long i = 0;
        while (true) i++;
    }
};
