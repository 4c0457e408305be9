class Solution:
    def reverse(self, x: int) -> int:
        sign = -1 if x < 0 else 1
        return sign * int(str(abs(x))[::-1])
