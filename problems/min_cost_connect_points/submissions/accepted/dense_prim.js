// Prim's algorithm on the dense graph with an array of best distances: O(n^2).
/**
 * @param {number[][]} points
 * @return {number}
 */
var minCostConnectPoints = function(points) {
    const n = points.length;
    const dist = new Array(n).fill(Infinity);
    const used = new Array(n).fill(false);
    dist[0] = 0;
    let total = 0;
    for (let it = 0; it < n; it++) {
        let u = -1;
        for (let i = 0; i < n; i++) if (!used[i] && (u === -1 || dist[i] < dist[u])) u = i;
        used[u] = true;
        total += dist[u];
        const [x, y] = points[u];
        for (let v = 0; v < n; v++) {
            if (used[v]) continue;
            const d = Math.abs(x - points[v][0]) + Math.abs(y - points[v][1]);
            if (d < dist[v]) dist[v] = d;
        }
    }
    return total;
};
