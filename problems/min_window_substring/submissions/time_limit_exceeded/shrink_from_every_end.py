from collections import Counter


def minWindow(s, t):
    need = Counter(t)
    best = None
    for j in range(len(s)):
        if s[j] not in need:
            continue
        missing = dict(need)
        left = len(t)
        for i in range(j, -1, -1):
            c = s[i]
            if missing.get(c, 0) > 0:
                missing[c] -= 1
                left -= 1
                if left == 0:
                    if best is None or j - i < best[1] - best[0]:
                        best = (i, j + 1)
                    break
    return "" if best is None else s[best[0]:best[1]]
