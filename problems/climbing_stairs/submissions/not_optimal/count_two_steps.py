# for each number k of 2-steps, the ways to place them among the n - k moves: a sum of binomials, O(n^2) with big integers
import math


class Solution:
    def climbStairs(self, n: int) -> int:
        total = 0
        for k in range(n // 2 + 1):
            total += math.comb(n - k, k)
        return total
