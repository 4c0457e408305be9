// Iterative DFS sinking each island
class Solution {
public:
    int maxAreaOfIsland(vector<vector<int>>& grid) {
        int m = grid.size(), n = grid[0].size(), best = 0;
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++) {
                if (grid[i][j] != 1) continue;
                int area = 0;
                vector<pair<int,int>> st{{i, j}};
                grid[i][j] = 0;
                while (!st.empty()) {
                    auto [x, y] = st.back(); st.pop_back(); area++;
                    int dx[4] = {1, -1, 0, 0}, dy[4] = {0, 0, 1, -1};
                    for (int d = 0; d < 4; d++) {
                        int a = x + dx[d], b = y + dy[d];
                        if (a >= 0 && b >= 0 && a < m && b < n && grid[a][b] == 1) { grid[a][b] = 0; st.push_back({a, b}); }
                    }
                }
                best = max(best, area);
            }
        return best;
    }
};
