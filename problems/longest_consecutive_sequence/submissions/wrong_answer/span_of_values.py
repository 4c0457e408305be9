class Solution:
    def longestConsecutive(self, nums: List[int]) -> int:
        if not nums:
            return 0
        s = set(nums)
        if max(s) - min(s) + 1 == len(s):
            return len(s)
        best = 1
        for x in s:
            if x + 1 in s:
                best = 2
        return best
