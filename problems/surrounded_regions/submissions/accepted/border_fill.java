class Solution {
    public void solve(char[][] board) {
        int m = board.length, n = board[0].length;
        Deque<int[]> stack = new ArrayDeque<>();
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < n; c++) {
                if ((r == 0 || c == 0 || r == m - 1 || c == n - 1) && board[r][c] == 'O') stack.push(new int[] {r, c});
            }
        }
        while (!stack.isEmpty()) {
            int[] p = stack.pop();
            int r = p[0], c = p[1];
            if (r < 0 || c < 0 || r >= m || c >= n || board[r][c] != 'O') continue;
            board[r][c] = 'S';
            stack.push(new int[] {r + 1, c});
            stack.push(new int[] {r - 1, c});
            stack.push(new int[] {r, c + 1});
            stack.push(new int[] {r, c - 1});
        }
        for (char[] row : board)
            for (int c = 0; c < n; c++) row[c] = row[c] == 'S' ? 'O' : 'X';
    }
}
