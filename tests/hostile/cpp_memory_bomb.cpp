// expect: memory_limit_exceeded
// Touches memory until the sandbox's limit: killed for memory (or std::bad_alloc).
class Solution {
public:
    int search(vector<int>& nums, int target) {
        vector<vector<char>> hoard;
        while (true) hoard.emplace_back(64 << 20, 'x');
    }
};
