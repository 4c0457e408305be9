# every unhappy number falls into the loop through 4, so stopping at 1 or 4 is enough
class Solution:
    def isHappy(self, n: int) -> bool:
        while n not in (1, 4):
            n = sum(int(d) ** 2 for d in str(n))
        return n == 1
