class KthLargest:
    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.values = set(nums)

    def add(self, val: int) -> int:
        self.values.add(val)
        return sorted(self.values, reverse=True)[min(self.k, len(self.values)) - 1]
