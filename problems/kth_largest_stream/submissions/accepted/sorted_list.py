class KthLargest:
    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.seen = SortedList(nums)

    def add(self, val: int) -> int:
        self.seen.add(val)
        return self.seen[-self.k]
