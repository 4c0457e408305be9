import bisect
from collections import defaultdict


class TimeMap:
    def __init__(self):
        self.history = defaultdict(list)

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.history[key].append((timestamp, value))

    def get(self, key: str, timestamp: int) -> str:
        entries = self.history[key]
        i = bisect.bisect_right(entries, timestamp, key=lambda e: e[0])
        return entries[i - 1][1] if i > 0 else ""
