class KthLargest:
    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.nums = sorted(nums, reverse=True)

    def add(self, val: int) -> int:
        bisect.insort(self.nums, val, key=lambda x: -x)
        return self.nums[min(self.k, len(self.nums) - 1)]
