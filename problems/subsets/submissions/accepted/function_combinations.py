from itertools import combinations


def subsets(nums):
    out = []
    for size in range(len(nums) + 1):
        out.extend(list(c) for c in combinations(nums, size))
    return out
