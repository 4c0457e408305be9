from itertools import combinations


def threeSum(nums):
    out = set()
    for t in combinations(sorted(nums), 3):
        if sum(t) == 0:
            out.add(t)
    return [list(t) for t in out]
