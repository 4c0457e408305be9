# C(m+n-2, m-1) by one float division: exact while the answer is below 2^53, which the constraints guarantee (answer <= 2*10^9); wrong on the large grids past them
from math import factorial


class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        return round(factorial(m + n - 2) / (factorial(m - 1) * factorial(n - 1)))
