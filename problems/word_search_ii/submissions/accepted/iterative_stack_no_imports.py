class Solution:
    def findWords(self, board: List[List[str]], words: List[str]) -> List[str]:
        # trie nodes: dict of children plus a count of words still to find below
        root = {"cnt": 0, "kids": {}, "word": None}
        for w in words:
            node = root
            node["cnt"] += 1
            for ch in w:
                if ch not in node["kids"]:
                    node["kids"][ch] = {"cnt": 0, "kids": {}, "word": None}
                node = node["kids"][ch]
                node["cnt"] += 1
            node["word"] = w

        rows, cols = len(board), len(board[0])
        ans = []
        for sr in range(rows):
            for sc in range(cols):
                first = root["kids"].get(board[sr][sc])
                if not first or first["cnt"] == 0:
                    continue
                # explicit stack of (row, col, node, path of nodes, next direction)
                used = set()
                stack = [(sr, sc, first, 0)]
                used.add((sr, sc))
                path = [root, first]
                while stack:
                    r, c, node, d = stack.pop()
                    if d == 0 and node["word"] is not None:
                        w = node["word"]
                        node["word"] = None
                        ans.append(w)
                        for p in path:
                            p["cnt"] -= 1
                    if d < 4 and node["cnt"] > 0:
                        stack.append((r, c, node, d + 1))
                        dr, dc = ((0, 1), (1, 0), (0, -1), (-1, 0))[d]
                        nr, nc = r + dr, c + dc
                        if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in used:
                            nxt = node["kids"].get(board[nr][nc])
                            if nxt and nxt["cnt"] > 0:
                                used.add((nr, nc))
                                path.append(nxt)
                                stack.append((nr, nc, nxt, 0))
                    else:
                        used.discard((r, c))
                        path.pop()
        return ans
