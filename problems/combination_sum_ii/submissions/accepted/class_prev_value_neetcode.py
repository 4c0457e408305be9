class Solution:
    def combinationSum2(self, candidates: List[int], target: int) -> List[List[int]]:
        candidates.sort()
        res = []

        def backtrack(cur, start, remain):
            if remain == 0:
                res.append(cur.copy())
                return
            if remain < 0:
                return

            prev = -1
            for i in range(start, len(candidates)):
                if candidates[i] == prev:
                    continue  # same value as the last one tried here
                cur.append(candidates[i])
                backtrack(cur, i + 1, remain - candidates[i])
                cur.pop()
                prev = candidates[i]

        backtrack([], 0, target)
        return res
