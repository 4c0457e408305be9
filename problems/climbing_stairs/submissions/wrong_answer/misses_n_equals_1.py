class Solution:
    def climbStairs(self, n: int) -> int:
        a, b = 1, 2
        for _ in range(n - 2):
            a, b = b, a + b
        return b
