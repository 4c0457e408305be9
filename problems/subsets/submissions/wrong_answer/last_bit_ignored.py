class Solution:
    def subsets(self, nums: List[int]) -> List[List[int]]:
        n = len(nums)
        out = []
        for mask in range(1 << n):
            sub = []
            for i in range(n - 1):
                if mask & (1 << i):
                    sub.append(nums[i])
            out.append(sub)
        return out
