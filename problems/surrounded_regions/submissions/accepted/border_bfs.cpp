// Mark O's reachable from the border, flip the rest
class Solution {
public:
    void solve(vector<vector<char>>& board) {
        int m = board.size(), n = board[0].size();
        vector<pair<int,int>> st;
        auto mark = [&](int i, int j) { if (board[i][j] == 'O') { board[i][j] = 'S'; st.push_back({i, j}); } };
        for (int i = 0; i < m; i++) { mark(i, 0); mark(i, n - 1); }
        for (int j = 0; j < n; j++) { mark(0, j); mark(m - 1, j); }
        int dx[4] = {1, -1, 0, 0}, dy[4] = {0, 0, 1, -1};
        while (!st.empty()) {
            auto [x, y] = st.back(); st.pop_back();
            for (int d = 0; d < 4; d++) {
                int a = x + dx[d], b = y + dy[d];
                if (a >= 0 && b >= 0 && a < m && b < n) mark(a, b);
            }
        }
        for (auto& row : board) for (char& c : row) c = c == 'S' ? 'O' : 'X';
    }
};
