class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        nums = list(nums)
        if k <= len(nums) - k + 1:
            for _ in range(k - 1):
                nums.remove(max(nums))
            return max(nums)
        # closer to the bottom: throw away the smallest ones instead
        for _ in range(len(nums) - k):
            nums.remove(min(nums))
        return min(nums)
