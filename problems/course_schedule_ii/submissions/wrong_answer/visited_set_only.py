class Solution:
    def findOrder(self, numCourses: int, prerequisites: List[List[int]]) -> List[int]:
        pre = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            pre[a].append(b)
        visited = set()
        out = []

        def dfs(c):
            if c in visited:  # no difference between "done" and "on the current path"
                return
            visited.add(c)
            for p in pre[c]:
                dfs(p)
            out.append(c)

        for c in range(numCourses):
            dfs(c)
        return out
