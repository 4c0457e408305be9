def checkInclusion(s1, s2):
    k = len(s1)
    target = Counter(s1)
    seen = Counter()
    for i, ch in enumerate(s2):
        seen[ch] += 1
        if i >= k:
            out = s2[i - k]
            seen[out] -= 1
            if seen[out] == 0:
                del seen[out]
        if seen == target:
            return True
    return False
