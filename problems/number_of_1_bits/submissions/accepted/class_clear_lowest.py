class Solution:
    def hammingWeight(self, n: int) -> int:
        res = 0
        while n:
            n &= n - 1  # drop the lowest set bit
            res += 1
        return res
