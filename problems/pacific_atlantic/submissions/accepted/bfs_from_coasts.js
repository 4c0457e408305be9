// Two BFS inland from each ocean's coast; return the cells both reach.
/**
 * @param {number[][]} heights
 * @return {number[][]}
 */
var pacificAtlantic = function(heights) {
    const m = heights.length, n = heights[0].length;
    const flood = (starts) => {
        const seen = Array.from({ length: m }, () => new Array(n).fill(false));
        const queue = [];
        for (const [r, c] of starts) {
            if (!seen[r][c]) { seen[r][c] = true; queue.push([r, c]); }
        }
        for (let h = 0; h < queue.length; h++) {
            const [r, c] = queue[h];
            for (const [dr, dc] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
                const nr = r + dr, nc = c + dc;
                if (nr < 0 || nr >= m || nc < 0 || nc >= n || seen[nr][nc]) continue;
                if (heights[nr][nc] < heights[r][c]) continue;
                seen[nr][nc] = true;
                queue.push([nr, nc]);
            }
        }
        return seen;
    };
    const pac = [], atl = [];
    for (let i = 0; i < m; i++) { pac.push([i, 0]); atl.push([i, n - 1]); }
    for (let j = 0; j < n; j++) { pac.push([0, j]); atl.push([m - 1, j]); }
    const a = flood(pac), b = flood(atl);
    const res = [];
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) if (a[i][j] && b[i][j]) res.push([i, j]);
    return res;
};
