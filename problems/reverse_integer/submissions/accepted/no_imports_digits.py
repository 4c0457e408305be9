class Solution:
    def reverse(self, x: int) -> int:
        negative = x < 0
        x = -x if negative else x
        digits = []
        while x > 0:
            digits.append(x % 10)
            x //= 10
        res = 0
        for d in digits:
            res = res * 10 + d
        if negative:
            res = -res
        if res.bit_length() > 31 and res != -(2**31):
            return 0
        return res
