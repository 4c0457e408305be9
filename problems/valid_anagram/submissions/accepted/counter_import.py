from collections import Counter


def isAnagram(s: str, t: str) -> bool:
    need = Counter(s)
    need.subtract(t)
    return all(v == 0 for v in need.values())
