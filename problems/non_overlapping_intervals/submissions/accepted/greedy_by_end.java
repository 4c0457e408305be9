// Greedy by end time: keep the interval that ends first, remove those that overlap it.
class Solution {
    public int eraseOverlapIntervals(int[][] intervals) {
        Arrays.sort(intervals, (a, b) -> Integer.compare(a[1], b[1]));
        int removed = 0;
        long end = Long.MIN_VALUE;
        for (int[] in : intervals) {
            if (in[0] >= end) end = in[1]; else removed++;
        }
        return removed;
    }
}
