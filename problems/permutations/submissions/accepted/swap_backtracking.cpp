// Backtracking by swapping into place
class Solution {
    vector<vector<int>> res;
    void go(vector<int>& a, int i) {
        if (i == (int)a.size()) { res.push_back(a); return; }
        for (int j = i; j < (int)a.size(); j++) { swap(a[i], a[j]); go(a, i + 1); swap(a[i], a[j]); }
    }
public:
    vector<vector<int>> permute(vector<int>& nums) { go(nums, 0); return res; }
};
