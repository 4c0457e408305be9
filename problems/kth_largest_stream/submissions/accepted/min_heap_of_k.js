// A min-heap holding the k largest values; its top is the answer.
class KthLargest {
    constructor(k, nums) {
        this.k = k;
        this.heap = new MinPriorityQueue();
        for (const x of nums) this.add(x);
    }

    add(val) {
        this.heap.enqueue(val);
        if (this.heap.size() > this.k) this.heap.dequeue();
        return this.heap.front();
    }
}
