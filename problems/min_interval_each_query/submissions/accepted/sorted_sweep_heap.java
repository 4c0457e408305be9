// Offline: sort intervals and queries; a min-heap by size of intervals that started, dropping ended ones.
class Solution {
    public int[] minInterval(int[][] intervals, int[] queries) {
        Arrays.sort(intervals, (a, b) -> Integer.compare(a[0], b[0]));
        int q = queries.length;
        Integer[] order = new Integer[q];
        for (int i = 0; i < q; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Integer.compare(queries[a], queries[b]));
        PriorityQueue<int[]> pq = new PriorityQueue<>((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        int[] res = new int[q];
        int i = 0;
        for (int idx : order) {
            int x = queries[idx];
            while (i < intervals.length && intervals[i][0] <= x) {
                pq.add(new int[]{intervals[i][1] - intervals[i][0] + 1, intervals[i][1]});
                i++;
            }
            while (!pq.isEmpty() && pq.peek()[1] < x) pq.poll();
            res[idx] = pq.isEmpty() ? -1 : pq.peek()[0];
        }
        return res;
    }
}
