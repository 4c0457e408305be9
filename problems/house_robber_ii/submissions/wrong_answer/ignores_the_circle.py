class Solution:
    def rob(self, nums: List[int]) -> int:
        # House Robber I: the first and the last house are not treated as neighbours
        rob1, rob2 = 0, 0
        for n in nums:
            rob1, rob2 = rob2, max(rob1 + n, rob2)
        return rob2
