// expect: runtime_error
// A child process that outlives the call: the sandbox is spent, a runtime error.
#include <unistd.h>
class Solution {
public:
    int search(vector<int>& nums, int target) {
        if (fork() == 0) { while (true) {} }
        return -1;
    }
};
