class Solution:
    def countComponents(self, n, edges):
        adj = [[] for _ in range(n)]
        for a, b in edges:
            adj[a].append(b)
            adj[b].append(a)
        visited = [False] * n

        def dfs(node):
            visited[node] = True
            for nxt in adj[node]:
                if not visited[nxt]:
                    dfs(nxt)

        count = 0
        for i in range(n):
            if not visited[i]:
                dfs(i)
                count += 1
        return count
