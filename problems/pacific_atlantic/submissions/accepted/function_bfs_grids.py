from collections import deque


def pacificAtlantic(heights):
    m, n = len(heights), len(heights[0])

    def bfs(starts):
        ok = [[False] * n for _ in range(m)]
        q = deque(starts)
        for i, j in starts:
            ok[i][j] = True
        while q:
            i, j = q.popleft()
            for x, y in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                if 0 <= x < m and 0 <= y < n and not ok[x][y] and heights[x][y] >= heights[i][j]:
                    ok[x][y] = True
                    q.append((x, y))
        return ok

    pac = bfs([(0, j) for j in range(n)] + [(i, 0) for i in range(1, m)])
    atl = bfs([(m - 1, j) for j in range(n)] + [(i, n - 1) for i in range(m - 1)])
    return [[i, j] for i in range(m) for j in range(n) if pac[i][j] and atl[i][j]]
