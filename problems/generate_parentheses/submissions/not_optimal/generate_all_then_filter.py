class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        def valid(chars):
            bal = 0
            for ch in chars:
                if ch == "(":
                    bal += 1
                else:
                    bal -= 1
                if bal < 0:
                    return False
            return bal == 0

        res = []

        def gen(chars):
            if len(chars) == 2 * n:
                if valid(chars):
                    res.append("".join(chars))
                return
            chars.append("(")
            gen(chars)
            chars.pop()
            chars.append(")")
            gen(chars)
            chars.pop()

        gen([])
        return res
