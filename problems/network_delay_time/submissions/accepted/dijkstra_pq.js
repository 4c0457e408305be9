// Dijkstra with a min priority queue from k; the answer is the largest distance.
/**
 * @param {number[][]} times
 * @param {number} n
 * @param {number} k
 * @return {number}
 */
var networkDelayTime = function(times, n, k) {
    const adj = Array.from({ length: n + 1 }, () => []);
    for (const [u, v, w] of times) adj[u].push([v, w]);
    const dist = new Array(n + 1).fill(Infinity);
    dist[k] = 0;
    const pq = new MinPriorityQueue(x => x[0]);
    pq.enqueue([0, k]);
    while (!pq.isEmpty()) {
        const [d, u] = pq.dequeue();
        if (d > dist[u]) continue;
        for (const [v, w] of adj[u]) {
            if (d + w < dist[v]) { dist[v] = d + w; pq.enqueue([dist[v], v]); }
        }
    }
    let ans = 0;
    for (let i = 1; i <= n; i++) ans = Math.max(ans, dist[i]);
    return ans === Infinity ? -1 : ans;
};
