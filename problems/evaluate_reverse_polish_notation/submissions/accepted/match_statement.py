class Solution:
    def evalRPN(self, tokens: List[str]) -> int:
        stack = []
        for t in tokens:
            match t:
                case "+" | "-" | "*" | "/":
                    y = stack.pop()
                    x = stack.pop()
                    if t == "+":
                        stack.append(x + y)
                    elif t == "-":
                        stack.append(x - y)
                    elif t == "*":
                        stack.append(x * y)
                    else:
                        q = abs(x) // abs(y)
                        stack.append(q if x * y >= 0 else -q)
                case _:
                    stack.append(int(t))
        return stack[-1]
