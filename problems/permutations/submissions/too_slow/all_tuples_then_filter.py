class Solution:
    def permute(self, nums: List[int]) -> List[List[int]]:
        # every length-n tuple of the numbers (n^n of them), keeping those without repeats
        n = len(nums)
        return [list(t) for t in product(nums, repeat=n) if len(set(t)) == n]
