# the usual accepted shape (NeetCode's approach): Dijkstra on the highest cell so far,
# O(N log N) on N cells; the log factor over union-find is beyond the growth check
import heapq
from typing import List


class Solution:
    def swimInWater(self, grid: List[List[int]]) -> int:
        size = len(grid)
        seen = {(0, 0)}
        heap = [[grid[0][0], 0, 0]]  # [highest cell on the way, row, col]
        steps = [[0, 1], [0, -1], [1, 0], [-1, 0]]

        while heap:
            level, row, col = heapq.heappop(heap)
            if row == size - 1 and col == size - 1:
                return level
            for dr, dc in steps:
                r, c = row + dr, col + dc
                if r < 0 or c < 0 or r == size or c == size or (r, c) in seen:
                    continue
                seen.add((r, c))
                heapq.heappush(heap, [max(level, grid[r][c]), r, c])
