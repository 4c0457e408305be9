from functools import lru_cache


def isMatch(s: str, p: str) -> bool:
    @lru_cache(None)
    def match(i: int, j: int) -> bool:
        if j == len(p):
            return i == len(s)
        first = i < len(s) and p[j] in {s[i], "."}
        if j + 1 < len(p) and p[j + 1] == "*":
            return (first and match(i + 1, j)) or match(i, j + 2)
        return first and match(i + 1, j + 1)

    return match(0, 0)
