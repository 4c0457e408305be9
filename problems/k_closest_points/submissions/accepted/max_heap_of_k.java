// Max-heap of the k closest points so far, by squared distance.
class Solution {
    public int[][] kClosest(int[][] points, int k) {
        PriorityQueue<int[]> pq = new PriorityQueue<>((a, b) -> Long.compare(d(b), d(a)));
        for (int[] p : points) {
            pq.add(p);
            if (pq.size() > k) pq.poll();
        }
        int[][] res = new int[k][];
        for (int i = 0; i < k; i++) res[i] = pq.poll();
        return res;
    }
    private static long d(int[] p) {
        return (long) p[0] * p[0] + (long) p[1] * p[1];
    }
}
