class Solution:
    def subsetsWithDup(self, nums: List[int]) -> List[List[int]]:
        nums = sorted(nums)
        out = []
        path = []

        def grow(start):
            out.append(path[:])
            for i in range(start, len(nums)):
                if i > start and nums[i] == nums[i - 1]:
                    continue  # this value was already tried at this depth
                path.append(nums[i])
                grow(i + 1)
                path.pop()

        grow(0)
        return out
