class Solution:
    def wallsAndGates(self, rooms: List[List[int]]) -> None:
        empty = 2147483647
        rows, cols = len(rooms), len(rooms[0])
        # breadth-first from every gate at once: a room is first reached by its nearest gate
        frontier = [(r, c) for r in range(rows) for c in range(cols) if rooms[r][c] == 0]
        steps = 0
        while frontier:
            steps += 1
            reached = []
            for r, c in frontier:
                for i, j in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                    if 0 <= i < rows and 0 <= j < cols and rooms[i][j] == empty:
                        rooms[i][j] = steps
                        reached.append((i, j))
            frontier = reached
