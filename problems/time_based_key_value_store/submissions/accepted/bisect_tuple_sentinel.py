class TimeMap:
    def __init__(self):
        self.d = defaultdict(list)

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.d[key].append((timestamp, value))

    def get(self, key: str, timestamp: int) -> str:
        arr = self.d.get(key)
        if not arr:
            return ""
        # "{" sorts after every lowercase letter and digit, so ties on the time fall left
        i = bisect_right(arr, (timestamp, "{"))
        return arr[i - 1][1] if i else ""
