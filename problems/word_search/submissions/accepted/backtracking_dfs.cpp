// Backtracking DFS marking visited cells in place
class Solution {
    int m, n;
    bool dfs(vector<vector<char>>& b, const string& w, int i, int x, int y) {
        if (i == (int)w.size()) return true;
        if (x < 0 || y < 0 || x >= m || y >= n || b[x][y] != w[i]) return false;
        char c = b[x][y]; b[x][y] = '#';
        bool f = dfs(b, w, i + 1, x + 1, y) || dfs(b, w, i + 1, x - 1, y) ||
                 dfs(b, w, i + 1, x, y + 1) || dfs(b, w, i + 1, x, y - 1);
        b[x][y] = c;
        return f;
    }
public:
    bool exist(vector<vector<char>>& board, string word) {
        m = board.size(); n = board[0].size();
        for (int i = 0; i < m; i++) for (int j = 0; j < n; j++) if (dfs(board, word, 0, i, j)) return true;
        return false;
    }
};
