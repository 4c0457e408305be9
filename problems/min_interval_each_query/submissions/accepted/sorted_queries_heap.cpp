// Sort queries and intervals; min-heap of (size, end) for the intervals covering each query
class Solution {
public:
    vector<int> minInterval(vector<vector<int>>& intervals, vector<int>& queries) {
        sort(intervals.begin(), intervals.end());
        vector<int> idx(queries.size());
        iota(idx.begin(), idx.end(), 0);
        sort(idx.begin(), idx.end(), [&](int a, int b) { return queries[a] < queries[b]; });
        priority_queue<pair<int,int>, vector<pair<int,int>>, greater<>> pq;
        vector<int> res(queries.size(), -1);
        size_t i = 0;
        for (int qi : idx) {
            int q = queries[qi];
            while (i < intervals.size() && intervals[i][0] <= q) {
                pq.push({intervals[i][1] - intervals[i][0] + 1, intervals[i][1]});
                i++;
            }
            while (!pq.empty() && pq.top().second < q) pq.pop();
            if (!pq.empty()) res[qi] = pq.top().first;
        }
        return res;
    }
};
