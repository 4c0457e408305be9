class TimeMap:
    def __init__(self):
        self.data = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.data.setdefault(key, {})[timestamp] = value

    def get(self, key: str, timestamp: int) -> str:
        history = self.data.get(key, {})
        earlier = [t for t in history if t <= timestamp]
        return history[max(earlier)] if earlier else ""
