// BFS uphill from each ocean's border; cells reached by both drain to both.
class Solution {
    public List<List<Integer>> pacificAtlantic(int[][] heights) {
        int m = heights.length, n = heights[0].length;
        boolean[][] pac = new boolean[m][n], atl = new boolean[m][n];
        Deque<int[]> pq = new ArrayDeque<>(), aq = new ArrayDeque<>();
        for (int i = 0; i < m; i++) {
            pac[i][0] = true; pq.add(new int[]{i, 0});
            atl[i][n - 1] = true; aq.add(new int[]{i, n - 1});
        }
        for (int j = 0; j < n; j++) {
            if (!pac[0][j]) { pac[0][j] = true; pq.add(new int[]{0, j}); }
            if (!atl[m - 1][j]) { atl[m - 1][j] = true; aq.add(new int[]{m - 1, j}); }
        }
        bfs(heights, pq, pac);
        bfs(heights, aq, atl);
        List<List<Integer>> res = new ArrayList<>();
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
                if (pac[i][j] && atl[i][j]) res.add(Arrays.asList(i, j));
        return res;
    }
    private void bfs(int[][] h, Deque<int[]> q, boolean[][] seen) {
        int[][] dirs = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        while (!q.isEmpty()) {
            int[] c = q.poll();
            for (int[] d : dirs) {
                int x = c[0] + d[0], y = c[1] + d[1];
                if (x < 0 || y < 0 || x >= h.length || y >= h[0].length || seen[x][y]) continue;
                if (h[x][y] < h[c[0]][c[1]]) continue;
                seen[x][y] = true;
                q.add(new int[]{x, y});
            }
        }
    }
}
