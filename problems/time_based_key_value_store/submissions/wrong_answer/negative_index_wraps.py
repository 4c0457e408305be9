class TimeMap:
    def __init__(self):
        self.m = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.m.setdefault(key, ([], []))
        self.m[key][0].append(timestamp)
        self.m[key][1].append(value)

    def get(self, key: str, timestamp: int) -> str:
        if key not in self.m:
            return ""
        times, values = self.m[key]
        return values[bisect_right(times, timestamp) - 1]  # index -1 before the first set
