class Node:
    def __init__(self, val, low, below):
        self.val = val
        self.low = low
        self.below = below


class MinStack:
    def __init__(self):
        self.head = None

    def push(self, val: int) -> None:
        low = val if self.head is None else min(val, self.head.low)
        self.head = Node(val, low, self.head)

    def pop(self) -> None:
        self.head = self.head.below

    def top(self) -> int:
        return self.head.val

    def getMin(self) -> int:
        return self.head.low
