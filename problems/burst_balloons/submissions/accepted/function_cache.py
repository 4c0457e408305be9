from functools import cache


def maxCoins(nums: list[int]) -> int:
    vals = [1, *nums, 1]

    @cache
    def coins(lo: int, hi: int) -> int:
        # both ends lo and hi survive; burst everything strictly between them
        return max(
            (coins(lo, k) + vals[lo] * vals[k] * vals[hi] + coins(k, hi) for k in range(lo + 1, hi)),
            default=0,
        )

    return coins(0, len(vals) - 1)
