class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        ans = []

        def helper(first):
            if first == len(nums):
                ans.append(nums[:])
                return
            for i in range(first, len(nums)):
                nums[first], nums[i] = nums[i], nums[first]
                helper(first + 1)
                nums[first], nums[i] = nums[i], nums[first]

        helper(0)
        return ans
