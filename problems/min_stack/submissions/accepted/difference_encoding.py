class MinStack:
    # stores each value as its difference from the minimum below it: one stack, one int
    def __init__(self):
        self.diffs = []
        self.low = None

    def push(self, val: int) -> None:
        if not self.diffs:
            self.diffs.append(0)
            self.low = val
        else:
            self.diffs.append(val - self.low)
            if val < self.low:
                self.low = val

    def pop(self) -> None:
        d = self.diffs.pop()
        if d < 0:
            self.low -= d  # the popped value was the minimum; restore the one before it
        if not self.diffs:
            self.low = None

    def top(self) -> int:
        d = self.diffs[-1]
        return self.low if d < 0 else self.low + d

    def getMin(self) -> int:
        return self.low
