// One pass: before, overlapping (merged), after
class Solution {
public:
    vector<vector<int>> insert(vector<vector<int>>& intervals, vector<int>& newInterval) {
        vector<vector<int>> res;
        int i = 0, n = intervals.size();
        while (i < n && intervals[i][1] < newInterval[0]) res.push_back(intervals[i++]);
        int s = newInterval[0], e = newInterval[1];
        while (i < n && intervals[i][0] <= e) { s = min(s, intervals[i][0]); e = max(e, intervals[i][1]); i++; }
        res.push_back({s, e});
        while (i < n) res.push_back(intervals[i++]);
        return res;
    }
};
