class Solution:
    def combinationSum2(self, candidates: List[int], target: int) -> List[List[int]]:
        nums = sorted(candidates)
        out = []
        path = []

        def go(start, remaining):
            if remaining == 0:
                out.append(path[:])
                return
            for i in range(start, len(nums)):
                if nums[i] > remaining:
                    break
                if i > start and nums[i] == nums[i - 1]:
                    continue  # this value was already tried at this depth
                path.append(nums[i])
                go(i + 1, remaining - nums[i])  # i + 1: each position is used once
                path.pop()

        go(0, target)
        return out
