// BFS uphill from each ocean's border; answer is the cells both reach
class Solution {
public:
    vector<vector<int>> pacificAtlantic(vector<vector<int>>& heights) {
        int m = heights.size(), n = heights[0].size();
        auto bfs = [&](vector<pair<int,int>> starts) {
            vector<vector<char>> seen(m, vector<char>(n, 0));
            queue<pair<int,int>> q;
            for (auto [i, j] : starts) if (!seen[i][j]) { seen[i][j] = 1; q.push({i, j}); }
            int dx[4] = {1, -1, 0, 0}, dy[4] = {0, 0, 1, -1};
            while (!q.empty()) {
                auto [x, y] = q.front(); q.pop();
                for (int d = 0; d < 4; d++) {
                    int a = x + dx[d], b = y + dy[d];
                    if (a < 0 || b < 0 || a >= m || b >= n || seen[a][b] || heights[a][b] < heights[x][y]) continue;
                    seen[a][b] = 1; q.push({a, b});
                }
            }
            return seen;
        };
        vector<pair<int,int>> pac, atl;
        for (int i = 0; i < m; i++) { pac.push_back({i, 0}); atl.push_back({i, n - 1}); }
        for (int j = 0; j < n; j++) { pac.push_back({0, j}); atl.push_back({m - 1, j}); }
        auto p = bfs(pac), a = bfs(atl);
        vector<vector<int>> res;
        for (int i = 0; i < m; i++) for (int j = 0; j < n; j++) if (p[i][j] && a[i][j]) res.push_back({i, j});
        return res;
    }
};
