// Backtracking over sorted numbers, skipping equal values at the same depth
class Solution {
    vector<vector<int>> res;
    vector<int> cur;
    void go(vector<int>& a, int i) {
        res.push_back(cur);
        for (int j = i; j < (int)a.size(); j++) {
            if (j > i && a[j] == a[j - 1]) continue;
            cur.push_back(a[j]); go(a, j + 1); cur.pop_back();
        }
    }
public:
    vector<vector<int>> subsetsWithDup(vector<int>& nums) {
        sort(nums.begin(), nums.end());
        go(nums, 0);
        return res;
    }
};
