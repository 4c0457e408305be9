class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        res = []
        cur = []

        def backtrack(opened, closed):
            if opened == n and closed == n:
                res.append("".join(cur))
                return
            if opened < n:
                cur.append("(")
                backtrack(opened + 1, closed)
                cur.pop()
            if closed < opened:
                cur.append(")")
                backtrack(opened, closed + 1)
                cur.pop()

        backtrack(0, 0)
        return res
