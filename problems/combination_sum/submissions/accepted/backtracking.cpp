// Backtracking over sorted candidates, reusing the current one
class Solution {
    vector<vector<int>> res;
    vector<int> cur;
    void go(vector<int>& c, int i, int rem) {
        if (rem == 0) { res.push_back(cur); return; }
        for (int j = i; j < (int)c.size() && c[j] <= rem; j++) {
            cur.push_back(c[j]);
            go(c, j, rem - c[j]);
            cur.pop_back();
        }
    }
public:
    vector<vector<int>> combinationSum(vector<int>& candidates, int target) {
        sort(candidates.begin(), candidates.end());
        go(candidates, 0, target);
        return res;
    }
};
