from bisect import bisect_left


def minEatingSpeed(piles, h):
    def finishes(k):
        return sum((p - 1) // k + 1 for p in piles) <= h

    speeds = range(1, max(piles) + 1)
    return speeds[bisect_left(speeds, True, key=finishes)]
