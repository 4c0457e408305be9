class Solution:
    def rob(self, nums: List[int]) -> int:
        # best[i]: best total when house i is the last one taken
        best = []
        for i, money in enumerate(nums):
            earlier = max(best[: i - 1], default=0)
            best.append(earlier + money)
        return max(best)
