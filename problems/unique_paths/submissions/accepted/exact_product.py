class Solution:
    def uniquePaths(self, m, n):
        # C(m+n-2, k) with integer arithmetic only: each prefix product divides exactly
        k = min(m, n) - 1
        total = m + n - 2
        res = 1
        for i in range(1, k + 1):
            res = res * (total - k + i) // i
        return res
