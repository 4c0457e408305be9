class Solution:
    def pacificAtlantic(self, heights: List[List[int]]) -> List[List[int]]:
        m, n = len(heights), len(heights[0])

        def climb(starts):
            seen = set(starts)
            stack = list(starts)
            while stack:
                r, c = stack.pop()
                for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    # water also runs between cells of equal height
                    if 0 <= x < m and 0 <= y < n and (x, y) not in seen and heights[x][y] > heights[r][c]:
                        seen.add((x, y))
                        stack.append((x, y))
            return seen

        pac = climb([(0, j) for j in range(n)] + [(i, 0) for i in range(m)])
        atl = climb([(m - 1, j) for j in range(n)] + [(i, n - 1) for i in range(m)])
        return [[r, c] for r, c in pac & atl]
