class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        out = set()
        for p in itertools.permutations("(" * n + ")" * n):
            depth = 0
            for c in p:
                depth += 1 if c == "(" else -1
                if depth < 0:
                    break
            else:
                out.add("".join(p))
        return list(out)
