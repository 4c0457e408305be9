from collections import defaultdict


class Solution:
    def canFinish(self, numCourses, prerequisites):
        graph = defaultdict(list)
        for a, b in prerequisites:
            graph[b].append(a)
        visited = set()

        def dfs(course):
            if course in visited:
                return False  # seen it before -> cycle
            visited.add(course)
            for nxt in graph[course]:
                if not dfs(nxt):
                    return False
            return True

        for c in range(numCourses):
            if c not in visited and not dfs(c):
                return False
        return True
