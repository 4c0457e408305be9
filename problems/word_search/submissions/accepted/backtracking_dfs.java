// Backtracking DFS from each cell, marking the path in the board.
class Solution {
    public boolean exist(char[][] board, String word) {
        for (int i = 0; i < board.length; i++)
            for (int j = 0; j < board[0].length; j++)
                if (dfs(board, word, 0, i, j)) return true;
        return false;
    }
    private boolean dfs(char[][] b, String w, int k, int i, int j) {
        if (k == w.length()) return true;
        if (i < 0 || j < 0 || i >= b.length || j >= b[0].length || b[i][j] != w.charAt(k)) return false;
        char c = b[i][j];
        b[i][j] = '#';
        boolean found = dfs(b, w, k + 1, i + 1, j) || dfs(b, w, k + 1, i - 1, j)
                || dfs(b, w, k + 1, i, j + 1) || dfs(b, w, k + 1, i, j - 1);
        b[i][j] = c;
        return found;
    }
}
