class Solution:
    def getSum(self, a: int, b: int) -> int:
        return sum([a, b])
