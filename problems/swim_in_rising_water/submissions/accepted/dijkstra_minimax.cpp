// Dijkstra on the largest elevation along the path
class Solution {
public:
    int swimInWater(vector<vector<int>>& grid) {
        int n = grid.size();
        vector<vector<int>> best(n, vector<int>(n, INT_MAX));
        priority_queue<tuple<int,int,int>, vector<tuple<int,int,int>>, greater<>> pq;
        best[0][0] = grid[0][0]; pq.push({grid[0][0], 0, 0});
        int dx[4] = {1, -1, 0, 0}, dy[4] = {0, 0, 1, -1};
        while (!pq.empty()) {
            auto [t, x, y] = pq.top(); pq.pop();
            if (x == n - 1 && y == n - 1) return t;
            if (t > best[x][y]) continue;
            for (int d = 0; d < 4; d++) {
                int a = x + dx[d], b = y + dy[d];
                if (a < 0 || b < 0 || a >= n || b >= n) continue;
                int nt = max(t, grid[a][b]);
                if (nt < best[a][b]) { best[a][b] = nt; pq.push({nt, a, b}); }
            }
        }
        return -1;
    }
};
