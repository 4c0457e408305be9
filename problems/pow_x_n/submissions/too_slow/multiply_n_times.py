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
            if abs(result) < 1e-12:  # too small to matter any more
                return 0.0
        return result
