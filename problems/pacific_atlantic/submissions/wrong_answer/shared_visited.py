class Solution:
    def pacificAtlantic(self, heights: List[List[int]]) -> List[List[int]]:
        m, n = len(heights), len(heights[0])
        visited = set()  # one set for both oceans

        def climb(starts):
            reached = set()
            stack = [s for s in starts if s not in visited]
            for s in stack:
                visited.add(s)
            while stack:
                r, c = stack.pop()
                reached.add((r, c))
                for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= x < m and 0 <= y < n and (x, y) not in visited and heights[x][y] >= heights[r][c]:
                        visited.add((x, y))
                        stack.append((x, y))
            return reached

        pac = climb([(0, j) for j in range(n)] + [(i, 0) for i in range(m)])
        atl = climb([(m - 1, j) for j in range(n)] + [(i, n - 1) for i in range(m)])
        return [[r, c] for r, c in pac & atl]
