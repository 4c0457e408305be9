class Solution:
    def merge(self, intervals):
        starts = sorted(i[0] for i in intervals)
        ends = sorted(i[1] for i in intervals)
        n = len(intervals)
        result = []
        j = 0
        for i in range(n):
            if i == n - 1 or starts[i + 1] > ends[i]:
                result.append([starts[j], ends[i]])
                j = i + 1
        return result
