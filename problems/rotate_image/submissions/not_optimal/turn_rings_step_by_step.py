# turns every ring one cell clockwise, as many times as a quarter turn needs: O(n^3)
class Solution:
    def rotate(self, matrix: List[List[int]]) -> None:
        n = len(matrix)
        for first in range(n // 2):
            last = n - 1 - first
            for _ in range(last - first):
                corner = matrix[first][first]
                for i in range(first, last):  # left column up
                    matrix[i][first] = matrix[i + 1][first]
                for j in range(first, last):  # bottom row left
                    matrix[last][j] = matrix[last][j + 1]
                for i in range(last, first, -1):  # right column down
                    matrix[i][last] = matrix[i - 1][last]
                for j in range(last, first + 1, -1):  # top row right
                    matrix[first][j] = matrix[first][j - 1]
                matrix[first][first + 1] = corner
