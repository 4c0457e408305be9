// BFS from all rotten oranges at once, one level per minute.
/**
 * @param {number[][]} grid
 * @return {number}
 */
var orangesRotting = function(grid) {
    const m = grid.length, n = grid[0].length;
    let queue = [], fresh = 0, minutes = 0;
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) {
        if (grid[i][j] === 2) queue.push([i, j]);
        else if (grid[i][j] === 1) fresh++;
    }
    while (queue.length && fresh > 0) {
        const next = [];
        for (const [r, c] of queue) {
            for (const [dr, dc] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
                const nr = r + dr, nc = c + dc;
                if (nr >= 0 && nr < m && nc >= 0 && nc < n && grid[nr][nc] === 1) {
                    grid[nr][nc] = 2; fresh--; next.push([nr, nc]);
                }
            }
        }
        queue = next;
        minutes++;
    }
    return fresh === 0 ? minutes : -1;
};
