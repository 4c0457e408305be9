class TimeMap:
    def __init__(self):
        self.times = {}
        self.vals = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.times.setdefault(key, []).append(timestamp)
        self.vals.setdefault(key, []).append(value)

    def get(self, key: str, timestamp: int) -> str:
        ts = self.times.get(key)
        if ts is None or ts[0] > timestamp:
            return ""
        lo, hi = 0, len(ts)  # first index with a time past `timestamp`
        while lo < hi:
            mid = (lo + hi) // 2
            if ts[mid] <= timestamp:
                lo = mid + 1
            else:
                hi = mid
        return self.vals[key][lo - 1]
