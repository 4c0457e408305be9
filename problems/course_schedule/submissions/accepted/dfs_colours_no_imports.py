class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        graph = defaultdict(list)
        for a, b in prerequisites:
            graph[b].append(a)
        # 0 = unvisited, 1 = on the current path, 2 = finished
        state = [0] * numCourses

        def has_cycle(u):
            if state[u] == 1:
                return True
            if state[u] == 2:
                return False
            state[u] = 1
            for v in graph[u]:
                if has_cycle(v):
                    return True
            state[u] = 2
            return False

        for c in range(numCourses):
            if has_cycle(c):
                return False
        return True
