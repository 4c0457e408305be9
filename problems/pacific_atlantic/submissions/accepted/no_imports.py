class Solution:
    def pacificAtlantic(self, heights: List[List[int]]) -> List[List[int]]:
        m, n = len(heights), len(heights[0])

        def reach(q):
            seen = set(q)
            q = deque(q)
            while q:
                r, c = q.popleft()
                for dr, dc in (1, 0), (-1, 0), (0, 1), (0, -1):
                    nr, nc = r + dr, c + dc
                    if 0 <= nr < m and 0 <= nc < n and (nr, nc) not in seen \
                            and heights[nr][nc] >= heights[r][c]:
                        seen.add((nr, nc))
                        q.append((nr, nc))
            return seen

        p = reach([(0, j) for j in range(n)] + [(i, 0) for i in range(m)])
        a = reach([(m - 1, j) for j in range(n)] + [(i, n - 1) for i in range(m)])
        return [list(x) for x in p & a]
