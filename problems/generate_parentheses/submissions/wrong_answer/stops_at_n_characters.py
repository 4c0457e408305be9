class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        res = []

        def dfs(path, opened, closed):
            if len(path) == n:
                res.append(path + ")" * (opened - closed))
                return
            if opened < n:
                dfs(path + "(", opened + 1, closed)
            if closed < opened:
                dfs(path + ")", opened, closed + 1)

        dfs("", 0, 0)
        return res
