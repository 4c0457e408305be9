// Hash set; count runs only from their first value
class Solution {
public:
    int longestConsecutive(vector<int>& nums) {
        unordered_set<int> s(nums.begin(), nums.end());
        int best = 0;
        for (int x : s) {
            if (x != INT_MIN && s.count(x - 1)) continue;
            int len = 1;
            long long y = x;
            while (y < INT_MAX && s.count((int)(y + 1))) { y++; len++; }
            best = max(best, len);
        }
        return best;
    }
};
