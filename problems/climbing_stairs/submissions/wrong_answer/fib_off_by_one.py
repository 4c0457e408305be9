class Solution:
    def climbStairs(self, n: int) -> int:
        # fib(0) = 0, fib(1) = 1 ... but the answer is fib(n + 1), not fib(n)
        a, b = 0, 1
        for _ in range(n):
            a, b = b, a + b
        return a
