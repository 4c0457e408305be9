var kClosest = function(points, k) {
    const pq = new PriorityQueue((a, b) => (b[0] * b[0] + b[1] * b[1]) - (a[0] * a[0] + a[1] * a[1]));
    for (const p of points) { pq.enqueue(p); if (pq.size() > k) pq.dequeue(); }
    return pq.toArray();
};
