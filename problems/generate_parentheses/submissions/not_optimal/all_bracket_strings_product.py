class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        def balanced(s):
            depth = 0
            for c in s:
                depth += 1 if c == "(" else -1
                if depth < 0:
                    return False
            return depth == 0

        return ["".join(p) for p in itertools.product("()", repeat=2 * n) if balanced(p)]
