class Solution:
    def evalRPN(self, tokens: List[str]) -> int:
        # repeatedly find the first operator, evaluate it with the two numbers before it
        # and put the result in their place
        tokens = list(tokens)
        while len(tokens) > 1:
            i = 0
            while tokens[i] not in ("+", "-", "*", "/"):
                i += 1
            a, b = int(tokens[i - 2]), int(tokens[i - 1])
            if tokens[i] == "+":
                v = a + b
            elif tokens[i] == "-":
                v = a - b
            elif tokens[i] == "*":
                v = a * b
            else:
                v = int(a / b)
            tokens[i - 2:i + 1] = [str(v)]
        return int(tokens[0])
