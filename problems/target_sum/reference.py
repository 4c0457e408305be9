class Solution:
    def findTargetSumWays(self, nums: List[int], target: int) -> int:
        # ways[s]: how many sign choices for the numbers read so far add up to s
        ways = {0: 1}
        for x in nums:
            after = {}
            for s, count in ways.items():
                after[s + x] = after.get(s + x, 0) + count
                after[s - x] = after.get(s - x, 0) + count
            ways = after
        return ways.get(target, 0)
