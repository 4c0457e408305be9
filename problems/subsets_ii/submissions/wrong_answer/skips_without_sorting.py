class Solution:
    def subsetsWithDup(self, nums: List[int]) -> List[List[int]]:
        res = []
        path = []

        def dfs(start):
            res.append(path[:])
            for i in range(start, len(nums)):
                if i > start and nums[i] == nums[i - 1]:
                    continue  # only catches repeats that sit side by side
                path.append(nums[i])
                dfs(i + 1)
                path.pop()

        dfs(0)
        return res
