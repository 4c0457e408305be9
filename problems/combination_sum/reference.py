class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
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
                path.append(nums[i])
                go(i, remaining - nums[i])  # i again: a number may repeat
                path.pop()

        go(0, target)
        return out
