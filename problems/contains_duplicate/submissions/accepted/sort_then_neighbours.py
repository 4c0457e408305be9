# sort, then compare each value with the next one: O(n log n), within the bar; the growth check cannot tell a log factor from O(n), so it is reported as accepted
class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        nums.sort()
        for i in range(1, len(nums)):
            if nums[i] == nums[i - 1]:
                return True
        return False
