class Solution:
    def canPartition(self, nums: List[int]) -> bool:
        total = sum(nums)
        if total % 2:
            return False
        half = total // 2
        # can[s]: some group of the elements seen so far sums to s
        can = [True] + [False] * half
        for x in nums:
            for s in range(half, x - 1, -1):  # downwards: each element used at most once
                if can[s - x]:
                    can[s] = True
        return can[half]
