class Solution:
    def threeSum(self, nums: List[int]) -> List[List[int]]:
        values = set(nums)
        res = set()
        for i in range(len(nums)):
            for j in range(i + 1, len(nums)):
                c = -nums[i] - nums[j]
                if c in values:
                    res.add(tuple(sorted((nums[i], nums[j], c))))
        return [list(t) for t in res]
