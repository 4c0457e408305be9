class Solution:
    def climbStairs(self, n: int) -> int:
        memo = {1: 1, 2: 2}

        def go(k):
            if k not in memo:
                memo[k] = go(k - 1) + go(k - 2)
            return memo[k]

        return go(n)
