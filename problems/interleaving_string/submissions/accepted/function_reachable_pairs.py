def isInterleave(s1, s2, s3):
    if len(s1) + len(s2) != len(s3):
        return False
    frontier = {(0, 0)}
    for c in s3:
        nxt = set()
        for i, j in frontier:
            if i < len(s1) and s1[i] == c:
                nxt.add((i + 1, j))
            if j < len(s2) and s2[j] == c:
                nxt.add((i, j + 1))
        if not nxt:
            return False
        frontier = nxt
    return True
