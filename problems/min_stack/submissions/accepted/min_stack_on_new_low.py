from typing import List


class MinStack:
    # the second stack only grows when a value is at or below the current minimum
    def __init__(self):
        self.data: List[int] = []
        self.mins: List[int] = []

    def push(self, val: int) -> None:
        self.data.append(val)
        if not self.mins or val <= self.mins[-1]:
            self.mins.append(val)

    def pop(self) -> None:
        if self.data.pop() == self.mins[-1]:
            self.mins.pop()

    def top(self) -> int:
        return self.data[-1]

    def getMin(self) -> int:
        return self.mins[-1]
