class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        res = []
        path = []

        def backtrack():
            if len(path) == len(nums):
                res.append(path)
                return
            for x in nums:
                if x not in path:
                    path.append(x)
                    backtrack()
                    path.pop()

        backtrack()
        return res
