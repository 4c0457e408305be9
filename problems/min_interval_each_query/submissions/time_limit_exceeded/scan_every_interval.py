class Solution:
    def minInterval(self, intervals: List[List[int]], queries: List[int]) -> List[int]:
        res = []
        for q in queries:
            best = -1
            for l, r in intervals:
                if l <= q <= r and (best == -1 or r - l + 1 < best):
                    best = r - l + 1
            res.append(best)
        return res
