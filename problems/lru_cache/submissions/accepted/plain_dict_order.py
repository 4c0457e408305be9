from typing import Dict


class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.data: Dict[int, int] = {}  # dicts keep insertion order: oldest first

    def get(self, key: int) -> int:
        if key not in self.data:
            return -1
        value = self.data.pop(key)
        self.data[key] = value
        return value

    def put(self, key: int, value: int) -> None:
        if key in self.data:
            del self.data[key]
        elif len(self.data) >= self.capacity:
            del self.data[next(iter(self.data))]
        self.data[key] = value
