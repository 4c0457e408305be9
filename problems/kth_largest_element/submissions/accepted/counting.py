class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        lo = min(nums)
        count = [0] * (max(nums) - lo + 1)
        for x in nums:
            count[x - lo] += 1
        for i in range(len(count) - 1, -1, -1):
            k -= count[i]
            if k <= 0:
                return i + lo
