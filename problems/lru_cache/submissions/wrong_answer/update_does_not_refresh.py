class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.d = {}

    def get(self, key: int) -> int:
        if key not in self.d:
            return -1
        v = self.d.pop(key)
        self.d[key] = v
        return v

    def put(self, key: int, value: int) -> None:
        if key not in self.d and len(self.d) == self.capacity:
            del self.d[next(iter(self.d))]
        self.d[key] = value  # an existing key keeps its old place in the order
