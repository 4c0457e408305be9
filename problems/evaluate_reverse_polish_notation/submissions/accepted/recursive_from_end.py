class Solution:
    def evalRPN(self, tokens: List[str]) -> int:
        pos = len(tokens) - 1

        def walk():
            nonlocal pos
            tok = tokens[pos]
            pos -= 1
            if tok not in "+-*/" or len(tok) > 1:
                return int(tok)
            right = walk()
            left = walk()
            if tok == "+":
                return left + right
            if tok == "-":
                return left - right
            if tok == "*":
                return left * right
            return math.trunc(left / right)

        return walk()
