class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        found = set()

        def dfs(path, remain):
            if remain == 0:
                found.add(tuple(sorted(path)))
                return
            for c in candidates:
                if c <= remain:
                    path.append(c)
                    dfs(path, remain - c)
                    path.pop()

        dfs([], target)
        return [list(t) for t in found]
