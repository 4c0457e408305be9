class Solution {
    public int findKthLargest(int[] nums, int k) {
        PriorityQueue<Integer> heap = new PriorityQueue<>(Collections.reverseOrder());
        for (int x : nums) heap.add(x);
        for (int i = 1; i < k; i++) heap.poll();
        return heap.peek();
    }
}
