class TimeMap:
    # keeps one value per key: a later set overwrites the history
    def __init__(self):
        self.latest = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.latest[key] = (timestamp, value)

    def get(self, key: str, timestamp: int) -> str:
        if key in self.latest and self.latest[key][0] <= timestamp:
            return self.latest[key][1]
        return ""
