class Solution:
    def isHappy(self, n: int) -> bool:
        while n > 9:  # assumes a single digit other than 1 can never become 1
            n = sum(int(c) ** 2 for c in str(n))
        return n == 1
