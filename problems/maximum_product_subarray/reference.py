class Solution:
    def maxProduct(self, nums: List[int]) -> int:
        # high, low: the largest and the smallest product of a subarray ending here. A
        # negative value turns the smallest into the largest, so both are kept.
        best = high = low = nums[0]
        for x in nums[1:]:
            candidates = (x, high * x, low * x)
            high, low = max(candidates), min(candidates)
            best = max(best, high)
        return best
