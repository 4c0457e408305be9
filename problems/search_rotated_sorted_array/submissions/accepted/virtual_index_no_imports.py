class Solution:
    def search(self, nums: List[int], target: int) -> int:
        n = len(nums)
        lo, hi = 0, n - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[mid] > nums[-1]:
                lo = mid + 1
            else:
                hi = mid
        shift = lo
        # binary search over the unrotated order, mapping positions back
        lo, hi = 0, n
        while lo < hi:
            mid = (lo + hi) // 2
            if nums[(mid + shift) % n] < target:
                lo = mid + 1
            else:
                hi = mid
        if lo < n and nums[(lo + shift) % n] == target:
            return (lo + shift) % n
        return -1
