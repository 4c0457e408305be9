class Solution:
    def combinationSum2(self, candidates: List[int], target: int) -> List[List[int]]:
        candidates.sort()
        res = []

        def dfs(start, path, remain):
            if remain == 0:
                res.append(path[:])
                return
            for i in range(start, len(candidates)):
                if i > 0 and candidates[i] == candidates[i - 1]:
                    continue  # also skips a copy that is the next entry of the same path
                if candidates[i] > remain:
                    break
                path.append(candidates[i])
                dfs(i + 1, path, remain - candidates[i])
                path.pop()

        dfs(0, [], target)
        return res
