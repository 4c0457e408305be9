class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        ans = []

        def go(i, chosen):
            if i == len(nums):
                ans.append(chosen)
                return
            go(i + 1, chosen + [nums[i]])
            go(i + 1, chosen)

        go(0, [])
        return ans
