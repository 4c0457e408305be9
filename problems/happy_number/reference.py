class Solution:
    def isHappy(self, n: int) -> bool:
        seen = set()
        while n not in seen:  # 1 maps to itself, and every unhappy start ends in a loop
            seen.add(n)
            total = 0
            while n:
                n, digit = divmod(n, 10)
                total += digit * digit
            n = total
        return n == 1
