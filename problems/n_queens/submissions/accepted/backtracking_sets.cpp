// Backtracking with column and diagonal flags
class Solution {
    vector<vector<string>> res;
    vector<string> board;
    vector<char> col, d1, d2;
    int n;
    void go(int r) {
        if (r == n) { res.push_back(board); return; }
        for (int c = 0; c < n; c++) {
            if (col[c] || d1[r + c] || d2[r - c + n - 1]) continue;
            col[c] = d1[r + c] = d2[r - c + n - 1] = 1;
            board[r][c] = 'Q';
            go(r + 1);
            board[r][c] = '.';
            col[c] = d1[r + c] = d2[r - c + n - 1] = 0;
        }
    }
public:
    vector<vector<string>> solveNQueens(int n) {
        this->n = n;
        board.assign(n, string(n, '.'));
        col.assign(n, 0); d1.assign(2 * n, 0); d2.assign(2 * n, 0);
        go(0);
        return res;
    }
};
