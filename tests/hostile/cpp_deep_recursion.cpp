// expect: runtime_error memory_limit_exceeded
// Recursion without end: the stack overflows its 512 MB limit (SIGSEGV, a runtime error)
// where the memory limit is above that (every problem's 1024 MB); under a smaller memory
// limit (this suite's 256 MB) the stack's pages reach it first: killed for memory.
// Never a hang.
class Solution {
public:
    int down(int n) { volatile char pad[256]; pad[0] = n; return down(n + 1) + pad[0]; }
    int search(vector<int>& nums, int target) { return down(0); }
};
