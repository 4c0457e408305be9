class Solution:
    def combinationSum(self, candidates: List[int], target: int) -> List[List[int]]:
        ans = []
        cur = []

        def dfs(i, rem):
            if rem == 0:
                ans.append(cur.copy())
                return
            if i == len(candidates) or rem < 0:
                return
            cur.append(candidates[i])      # take candidates[i] (again)
            dfs(i, rem - candidates[i])
            cur.pop()
            dfs(i + 1, rem)                # or move on to the next one

        dfs(0, target)
        return ans
