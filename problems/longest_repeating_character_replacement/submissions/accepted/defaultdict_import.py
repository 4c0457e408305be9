from collections import defaultdict


def characterReplacement(s: str, k: int) -> int:
    seen = defaultdict(int)
    start = 0
    most = 0
    for end, ch in enumerate(s):
        seen[ch] += 1
        most = max(most, seen[ch])
        if end - start + 1 > most + k:
            seen[s[start]] -= 1
            start += 1
    return len(s) - start
