class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        for value, times in Counter(nums).items():
            if times == 1:
                return value
