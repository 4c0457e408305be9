import sys

sys.setrecursionlimit(10000)


class Solution:
    def getSum(self, a: int, b: int) -> int:
        # sums stay within -2000..2000, so 12 bits of two's complement are enough
        width = 12
        mask = (1 << width) - 1

        def add(x, y):
            if y == 0:
                return x
            return add(x ^ y, ((x & y) << 1) & mask)

        total = add(a & mask, b & mask)
        if total >> (width - 1):
            total -= 1 << width
        return total
