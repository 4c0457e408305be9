class Solution:
    def myPow(self, x: float, n: int) -> float:
        negative = x < 0
        x = abs(x)
        if n < 0:
            x, n = 1 / x, -n
        res = 1.0
        while n:
            if n & 1:
                res *= x
            x *= x
            n >>= 1
        return -res if negative else res
