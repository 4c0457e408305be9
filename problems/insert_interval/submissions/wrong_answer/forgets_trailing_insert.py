class Solution:
    def insert(self, intervals, newInterval):
        res = []
        placed = False
        for s, e in intervals:
            if e < newInterval[0]:
                res.append([s, e])
            elif s > newInterval[1]:
                if not placed:
                    res.append(newInterval)
                    placed = True
                res.append([s, e])
            else:
                newInterval = [min(s, newInterval[0]), max(e, newInterval[1])]
        return res
