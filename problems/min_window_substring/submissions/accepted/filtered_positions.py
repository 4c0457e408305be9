class Solution:
    def minWindow(self, s: str, t: str) -> str:
        need = Counter(t)  # LeetCode's prelude, no import
        # only the positions holding letters of t can start or end a best window
        spots = [(i, c) for i, c in enumerate(s) if c in need]
        window = Counter()
        formed = 0
        best = (inf, 0, 0)
        lo = 0
        for hi, (j, c) in enumerate(spots):
            window[c] += 1
            if window[c] == need[c]:
                formed += 1
            while formed == len(need):
                i, d = spots[lo]
                if j - i + 1 < best[0]:
                    best = (j - i + 1, i, j + 1)
                window[d] -= 1
                if window[d] < need[d]:
                    formed -= 1
                lo += 1
        return "" if best[0] == inf else s[best[1]:best[2]]
