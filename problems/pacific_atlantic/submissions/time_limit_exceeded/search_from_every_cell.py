class Solution:
    def pacificAtlantic(self, heights: List[List[int]]) -> List[List[int]]:
        m, n = len(heights), len(heights[0])
        res = []
        for i in range(m):
            for j in range(n):
                # follow the water from this cell, remembering which oceans it reaches
                pac = atl = False
                seen = {(i, j)}
                stack = [(i, j)]
                while stack and not (pac and atl):
                    r, c = stack.pop()
                    if r == 0 or c == 0:
                        pac = True
                    if r == m - 1 or c == n - 1:
                        atl = True
                    for x, y in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                        if 0 <= x < m and 0 <= y < n and (x, y) not in seen and heights[x][y] <= heights[r][c]:
                            seen.add((x, y))
                            stack.append((x, y))
                if pac and atl:
                    res.append([i, j])
        return res
