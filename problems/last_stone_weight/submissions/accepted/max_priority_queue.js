var lastStoneWeight = function(stones) {
    const pq = MaxPriorityQueue.fromArray(stones);
    while (pq.size() > 1) {
        const a = pq.dequeue(), b = pq.dequeue();
        if (a !== b) pq.enqueue(a - b);
    }
    return pq.isEmpty() ? 0 : pq.front();
};
