class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        res = []

        def dfs(path, remain):
            if remain == 0:
                res.append(path[:])
                return
            for c in candidates:  # restarts from the first number: orders repeat
                if c <= remain:
                    path.append(c)
                    dfs(path, remain - c)
                    path.pop()

        dfs([], target)
        return res
