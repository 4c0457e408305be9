class Solution:
    def myPow(self, x, n):
        if n == 0:
            return 1.0
        half = self.myPow(x, int(n / 2))
        if n % 2 == 0:
            return half * half
        return half * half * x
