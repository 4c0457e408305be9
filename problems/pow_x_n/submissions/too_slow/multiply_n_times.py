class Solution:
    def myPow(self, x: float, n: int) -> float:
        if x == 1.0 or n == 0:
            return 1.0
        if x == -1.0:
            return 1.0 if n % 2 == 0 else -1.0
        if n < 0:
            x = 1 / x
            n = -n
        result = 1.0
        for _ in range(n):
            result *= x
            if result == 0.0:  # underflow: it stays 0 from here on
                break
        return result
