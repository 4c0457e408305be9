class Solution:
    def evalRPN(self, tokens: List[str]) -> int:
        stack = []
        for t in tokens:
            if t == "+":
                stack.append(stack.pop() + stack.pop())
            elif t == "-":
                b, a = stack.pop(), stack.pop()
                stack.append(a - b)
            elif t == "*":
                stack.append(stack.pop() * stack.pop())
            elif t == "/":
                b, a = stack.pop(), stack.pop()
                q = abs(a) // abs(b)
                if a < 0 or b < 0:
                    q = -q
                stack.append(q)
            else:
                stack.append(int(t))
        return stack[0]
