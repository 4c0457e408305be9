class Solution:
    def hammingWeight(self, n: int) -> int:
        count = 0
        while n > 1:
            count += n % 2
            n //= 2
        return count
