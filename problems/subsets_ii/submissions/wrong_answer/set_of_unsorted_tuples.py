class Solution:
    def subsetsWithDup(self, nums: List[int]) -> List[List[int]]:
        res = set()

        def go(i, cur):
            if i == len(nums):
                res.add(tuple(cur))
                return
            go(i + 1, cur + [nums[i]])
            go(i + 1, cur)

        go(0, [])
        return [list(t) for t in res]
