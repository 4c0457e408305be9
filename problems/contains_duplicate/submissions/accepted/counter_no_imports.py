class Solution:
    def containsDuplicate(self, nums: List[int]) -> bool:
        counts = Counter(nums)  # LeetCode's prelude, no import
        return any(c > 1 for c in counts.values())
