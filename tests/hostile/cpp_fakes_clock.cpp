// expect: too_slow
// A linear scan that tries to look fast: it cannot reach the harness's clock (the
// harness reads clock_gettime itself, and the host reads the sandbox's CPU time).
#include <time.h>
class Solution {
public:
    int search(vector<int>& nums, int target) {
        for (int i = 0; i < (int)nums.size(); i++) if (nums[i] == target) return i;
        return -1;
    }
};
extern "C" int clock_gettime(clockid_t, struct timespec* ts) {
    ts->tv_sec = 0;
    ts->tv_nsec = 0;
    return 0;
}
