class KthLargest:
    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.arr = sorted(nums)

    def add(self, val: int) -> int:
        bisect.insort(self.arr, val)
        return self.arr[-self.k]
