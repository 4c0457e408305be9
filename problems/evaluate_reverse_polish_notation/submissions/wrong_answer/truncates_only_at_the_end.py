class Solution:
    def evalRPN(self, tokens: List[str]) -> int:
        stack = []
        for t in tokens:
            if t in ("+", "-", "*", "/"):
                b = stack.pop()
                a = stack.pop()
                stack.append(eval(f"({a}) {t} ({b})"))
            else:
                stack.append(int(t))
        return int(stack[0])
