# bisect.insort keeps the stream sorted: O(n) a call, but the shift is a memmove in C, too cheap
# at the probe's sizes for the growth check to tell from O(log n); LeetCode accepts it
class KthLargest:
    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.arr = sorted(nums)

    def add(self, val: int) -> int:
        bisect.insort(self.arr, val)
        return self.arr[-self.k]
