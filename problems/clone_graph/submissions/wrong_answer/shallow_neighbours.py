class Solution:
    def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
        if not node:
            return None
        copies = {}
        stack = [node]
        while stack:
            cur = stack.pop()
            if cur in copies:
                continue
            # new node, but the neighbour list is copied as is
            copies[cur] = Node(cur.val, list(cur.neighbors))
            for nb in cur.neighbors:
                if nb not in copies:
                    stack.append(nb)
        return copies[node]
