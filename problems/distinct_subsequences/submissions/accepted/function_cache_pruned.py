from functools import cache


def numDistinct(s: str, t: str) -> int:
    @cache
    def ways(i: int, j: int) -> int:
        if j == len(t):
            return 1
        if len(s) - i < len(t) - j:  # not enough letters left
            return 0
        total = ways(i + 1, j)
        if s[i] == t[j]:
            total += ways(i + 1, j + 1)
        return total

    return ways(0, 0)
