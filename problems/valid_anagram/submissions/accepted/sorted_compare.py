# sorting both strings: O(n log n), within the bar (a log factor the growth check cannot see)
def isAnagram(s: str, t: str) -> bool:
    return sorted(s) == sorted(t)
