// Dijkstra where a path costs its highest cell: a min-heap by the time each cell is reachable.
class Solution {
    public int swimInWater(int[][] grid) {
        int n = grid.length;
        boolean[][] seen = new boolean[n][n];
        PriorityQueue<int[]> pq = new PriorityQueue<>((a, b) -> Integer.compare(a[0], b[0]));
        pq.add(new int[]{grid[0][0], 0, 0});
        seen[0][0] = true;
        int[][] dirs = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        while (true) {
            int[] c = pq.poll();
            if (c[1] == n - 1 && c[2] == n - 1) return c[0];
            for (int[] d : dirs) {
                int x = c[1] + d[0], y = c[2] + d[1];
                if (x < 0 || y < 0 || x >= n || y >= n || seen[x][y]) continue;
                seen[x][y] = true;
                pq.add(new int[]{Math.max(c[0], grid[x][y]), x, y});
            }
        }
    }
}
