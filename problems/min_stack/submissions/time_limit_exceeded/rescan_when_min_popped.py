class MinStack:
    # keeps the minimum in a variable and rescans the stack only when the minimum is popped
    def __init__(self):
        self.stack = []
        self.low = None

    def push(self, val: int) -> None:
        self.stack.append(val)
        if self.low is None or val < self.low:
            self.low = val

    def pop(self) -> None:
        val = self.stack.pop()
        if val == self.low:
            self.low = None
            for x in self.stack:
                if self.low is None or x < self.low:
                    self.low = x

    def top(self) -> int:
        return self.stack[-1]

    def getMin(self) -> int:
        return self.low
