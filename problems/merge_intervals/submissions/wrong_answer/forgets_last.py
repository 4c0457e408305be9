class Solution:
    def merge(self, intervals):
        intervals.sort()
        ans = []
        cur_s, cur_e = intervals[0]
        for s, e in intervals[1:]:
            if s <= cur_e:
                cur_e = max(cur_e, e)
            else:
                ans.append([cur_s, cur_e])
                cur_s, cur_e = s, e
        return ans
