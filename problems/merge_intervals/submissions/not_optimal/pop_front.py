# list.pop(0) in a loop: an O(n^2) memmove, about 7 ms at n = 10^4 (the constraint), which LeetCode accepts
class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        intervals.sort()
        res = []
        while intervals:
            cur = intervals.pop(0)  # shifts the rest of the list every time
            if res and cur[0] <= res[-1][1]:
                res[-1][1] = max(res[-1][1], cur[1])
            else:
                res.append(cur)
        return res
