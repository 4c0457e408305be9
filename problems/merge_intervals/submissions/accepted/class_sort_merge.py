class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        intervals.sort(key=lambda x: x[0])
        res = [intervals[0]]
        for s, e in intervals[1:]:
            last = res[-1]
            if s <= last[1]:
                last[1] = max(last[1], e)
            else:
                res.append([s, e])
        return res
