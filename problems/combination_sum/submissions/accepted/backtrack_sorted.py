class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        candidates.sort()
        res = []

        def backtrack(start, path, total):
            if total == target:
                res.append(list(path))
                return
            for i in range(start, len(candidates)):
                c = candidates[i]
                if total + c > target:
                    break
                path.append(c)
                backtrack(i, path, total + c)
                path.pop()

        backtrack(0, [], 0)
        return res
