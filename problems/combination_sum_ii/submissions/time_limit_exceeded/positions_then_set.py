class Solution:
    def combinationSum2(self, candidates: List[int], target: int) -> List[List[int]]:
        candidates.sort()
        res = set()

        def dfs(start, path, remain):
            if remain == 0:
                res.add(tuple(path))
                return
            for i in range(start, len(candidates)):
                if candidates[i] > remain:
                    break
                path.append(candidates[i])
                dfs(i + 1, path, remain - candidates[i])
                path.pop()

        dfs(0, [], target)
        return [list(p) for p in res]
