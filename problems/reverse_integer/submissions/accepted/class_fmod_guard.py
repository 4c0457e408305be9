# the usual accepted shape (NeetCode's approach): C-style digits with math.fmod and int(x / 10),
# and the overflow caught before the multiplication
import math


class Solution:
    def reverse(self, x: int) -> int:
        HIGH = 2**31 - 1
        LOW = -(2**31)
        out = 0
        while x:
            digit = int(math.fmod(x, 10))  # keeps the sign, like C's %
            x = int(x / 10)  # truncates towards zero
            if out > HIGH // 10 or (out == HIGH // 10 and digit > HIGH % 10):
                return 0
            if out < -(-LOW // 10) or (out == -(-LOW // 10) and digit < -8):
                return 0
            out = out * 10 + digit
        return out
