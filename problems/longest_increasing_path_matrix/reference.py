class Solution:
    def longestIncreasingPath(self, matrix: List[List[int]]) -> int:
        # Peel the cells in layers, as in a topological sort: a cell joins the current
        # layer once every larger neighbour has been peeled. The number of layers is
        # the length of the longest increasing path. Iterative, so no deep recursion.
        rows, cols = len(matrix), len(matrix[0])
        steps = ((1, 0), (-1, 0), (0, 1), (0, -1))

        def neighbours(r, c):
            for dr, dc in steps:
                nr, nc = r + dr, c + dc
                if 0 <= nr < rows and 0 <= nc < cols:
                    yield nr, nc

        larger = [[0] * cols for _ in range(rows)]
        for r in range(rows):
            for c in range(cols):
                larger[r][c] = sum(1 for nr, nc in neighbours(r, c) if matrix[nr][nc] > matrix[r][c])
        layer = [(r, c) for r in range(rows) for c in range(cols) if larger[r][c] == 0]
        length = 0
        while layer:
            length += 1
            below = []
            for r, c in layer:
                for nr, nc in neighbours(r, c):
                    if matrix[nr][nc] < matrix[r][c]:
                        larger[nr][nc] -= 1
                        if larger[nr][nc] == 0:
                            below.append((nr, nc))
            layer = below
        return length
