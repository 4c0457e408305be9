// DFS with memoisation of the longest path from each cell
class Solution {
    int m, n;
    vector<vector<int>> memo;
    int dfs(vector<vector<int>>& a, int i, int j) {
        if (memo[i][j]) return memo[i][j];
        static const int dx[4] = {1, -1, 0, 0}, dy[4] = {0, 0, 1, -1};
        int best = 1;
        for (int d = 0; d < 4; d++) {
            int x = i + dx[d], y = j + dy[d];
            if (x >= 0 && y >= 0 && x < m && y < n && a[x][y] > a[i][j])
                best = max(best, 1 + dfs(a, x, y));
        }
        return memo[i][j] = best;
    }
public:
    int longestIncreasingPath(vector<vector<int>>& matrix) {
        m = matrix.size(); n = matrix[0].size();
        memo.assign(m, vector<int>(n, 0));
        int best = 0;
        for (int i = 0; i < m; i++) for (int j = 0; j < n; j++) best = max(best, dfs(matrix, i, j));
        return best;
    }
};
