def wallsAndGates(rooms):
    INF = 2**31 - 1
    m, n = len(rooms), len(rooms[0])
    queue = [(i, j) for i in range(m) for j in range(n) if rooms[i][j] == 0]
    head = 0
    while head < len(queue):
        i, j = queue[head]
        head += 1
        for x, y in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
            if 0 <= x < m and 0 <= y < n and rooms[x][y] == INF:
                rooms[x][y] = rooms[i][j] + 1
                queue.append((x, y))
