# Binet's closed form in floating point, O(1): exact for every n <= 45 (the constraint); past about n = 70 the float rounds wrong
import math


class Solution:
    def climbStairs(self, n: int) -> int:
        root5 = math.sqrt(5)
        golden = (1 + root5) / 2
        return round(golden ** (n + 1) / root5)
