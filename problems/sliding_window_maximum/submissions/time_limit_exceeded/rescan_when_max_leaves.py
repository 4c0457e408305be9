class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        best = max(nums[:k])
        res = [best]
        for i in range(k, len(nums)):
            if nums[i] >= best:
                best = nums[i]
            elif nums[i - k] == best:
                best = max(nums[i - k + 1:i + 1])
            res.append(best)
        return res
