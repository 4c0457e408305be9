class Solution:
    def pacificAtlantic(self, heights: List[List[int]]) -> List[List[int]]:
        rows, cols = len(heights), len(heights[0])

        def climb(starts):
            # cells from which water can run down to one of the start cells
            seen = set(starts)
            stack = list(starts)
            while stack:
                r, c = stack.pop()
                h = heights[r][c]
                for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if (0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in seen
                            and heights[nr][nc] >= h):
                        seen.add((nr, nc))
                        stack.append((nr, nc))
            return seen

        pacific = climb([(0, c) for c in range(cols)] + [(r, 0) for r in range(1, rows)])
        atlantic = climb([(rows - 1, c) for c in range(cols)] + [(r, cols - 1) for r in range(rows - 1)])
        return [[r, c] for r, c in sorted(pacific & atlantic)]
