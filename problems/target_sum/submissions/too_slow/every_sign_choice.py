# Every choice of signs, by recursion: 2^n sums. Within the time limit at n = 20 (about
# 0.15 s), but the growth is exponential where the bar is O(n * sum).
# (The same search written with itertools.product and a generator's sum for each choice
# takes 0.95-1.1 s at n = 20, at the 1 s limit: too slow or over the limit by the
# machine's load, so it is not a golden file.)
class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        def count(i, total):
            if i == len(nums):
                return 1 if total == target else 0
            return count(i + 1, total + nums[i]) + count(i + 1, total - nums[i])

        return count(0, 0)
