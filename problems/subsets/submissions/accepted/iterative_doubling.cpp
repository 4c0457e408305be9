// Iteratively add each number to every subset so far
class Solution {
public:
    vector<vector<int>> subsets(vector<int>& nums) {
        vector<vector<int>> res{{}};
        for (int x : nums) {
            int sz = res.size();
            for (int i = 0; i < sz; i++) { res.push_back(res[i]); res.back().push_back(x); }
        }
        return res;
    }
};
