# best[i] = nums[i] + the best total ending two or more houses back, a scan per house: O(n^2)
class Solution:
    def rob(self, nums: List[int]) -> int:
        best = []
        for i, money in enumerate(nums):
            before = max(best[: i - 1]) if i >= 2 else 0
            best.append(money + before)
        return max(best)
