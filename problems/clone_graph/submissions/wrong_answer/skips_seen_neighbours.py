class Solution:
    def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:
        if node is None:
            return None
        visited = {}

        def dfs(cur):
            copy = Node(cur.val)
            visited[cur] = copy
            for nb in cur.neighbors:
                if nb not in visited:
                    copy.neighbors.append(dfs(nb))
            return copy

        return dfs(node)
