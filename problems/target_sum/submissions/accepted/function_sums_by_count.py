# the bottom-up table of counts per running sum, one dict per number
from collections import defaultdict


def findTargetSumWays(nums, target):
    sums = {0: 1}
    for x in nums:
        nxt = defaultdict(int)
        for s, count in sums.items():
            nxt[s + x] += count
            nxt[s - x] += count
        sums = nxt
    return sums.get(target, 0)
