// DFS with memoisation: the longest increasing path starting at each cell.
class Solution {
    private static final int[][] DIRS = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
    private int[][] memo;
    public int longestIncreasingPath(int[][] matrix) {
        int m = matrix.length, n = matrix[0].length, best = 0;
        memo = new int[m][n];
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++) best = Math.max(best, dfs(matrix, i, j));
        return best;
    }
    private int dfs(int[][] a, int i, int j) {
        if (memo[i][j] != 0) return memo[i][j];
        int best = 1;
        for (int[] d : DIRS) {
            int x = i + d[0], y = j + d[1];
            if (x >= 0 && y >= 0 && x < a.length && y < a[0].length && a[x][y] > a[i][j])
                best = Math.max(best, 1 + dfs(a, x, y));
        }
        return memo[i][j] = best;
    }
}
