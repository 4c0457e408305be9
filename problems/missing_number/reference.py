class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        # 0 + 1 + ... + n, less every value present; written as one loop so that the
        # growth check compares solutions with a plain Python pass, not C's sum()
        missing = len(nums)
        for i, x in enumerate(nums):
            missing += i - x
        return missing
