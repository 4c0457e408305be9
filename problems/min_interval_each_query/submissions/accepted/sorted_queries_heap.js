// Sort queries and intervals; a min-heap by size holds intervals started, dropping ended ones.
/**
 * @param {number[][]} intervals
 * @param {number[]} queries
 * @return {number[]}
 */
var minInterval = function(intervals, queries) {
    intervals.sort((a, b) => a[0] - b[0]);
    const order = queries.map((q, i) => i).sort((a, b) => queries[a] - queries[b]);
    const pq = new MinPriorityQueue(x => x[0]);
    const res = new Array(queries.length).fill(-1);
    let i = 0;
    for (const qi of order) {
        const q = queries[qi];
        while (i < intervals.length && intervals[i][0] <= q) {
            const [l, r] = intervals[i++];
            pq.enqueue([r - l + 1, r]);
        }
        while (!pq.isEmpty() && pq.front()[1] < q) pq.dequeue();
        if (!pq.isEmpty()) res[qi] = pq.front()[0];
    }
    return res;
};
