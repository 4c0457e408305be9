class KthLargest:
    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.stream = list(nums)

    def add(self, val: int) -> int:
        self.stream.append(val)
        return sorted(self.stream, reverse=True)[self.k - 1]
