var findKthLargest = function(nums, k) {
    const heap = new MinPriorityQueue();
    for (const x of nums) {
        heap.enqueue(x);
        if (heap.size() > k) heap.dequeue();
    }
    return heap.front();
};
