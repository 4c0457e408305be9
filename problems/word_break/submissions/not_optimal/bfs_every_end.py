# BFS over positions, trying every later end as a cut: O(n^2) slices
from collections import deque


def wordBreak(s, wordDict):
    words = set(wordDict)
    queue = deque([0])
    visited = set()
    while queue:
        start = queue.popleft()
        if start in visited:
            continue
        visited.add(start)
        for end in range(start + 1, len(s) + 1):
            if s[start:end] in words:
                if end == len(s):
                    return True
                queue.append(end)
    return False
