// Flood fill each unvisited island with an explicit stack, sinking cells as they are counted.
class Solution {
    public int maxAreaOfIsland(int[][] grid) {
        int m = grid.length, n = grid[0].length, best = 0;
        int[] stack = new int[m * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                if (grid[i][j] != 1) continue;
                int top = 0, area = 0;
                stack[top++] = i * n + j;
                grid[i][j] = 0;
                while (top > 0) {
                    int c = stack[--top], r = c / n, col = c % n;
                    area++;
                    if (r > 0 && grid[r - 1][col] == 1) { grid[r - 1][col] = 0; stack[top++] = c - n; }
                    if (r + 1 < m && grid[r + 1][col] == 1) { grid[r + 1][col] = 0; stack[top++] = c + n; }
                    if (col > 0 && grid[r][col - 1] == 1) { grid[r][col - 1] = 0; stack[top++] = c - 1; }
                    if (col + 1 < n && grid[r][col + 1] == 1) { grid[r][col + 1] = 0; stack[top++] = c + 1; }
                }
                best = Math.max(best, area);
            }
        }
        return best;
    }
}
