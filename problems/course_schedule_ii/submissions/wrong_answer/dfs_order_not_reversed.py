class Solution:
    def findOrder(self, numCourses: int, prerequisites: List[List[int]]) -> List[int]:
        nxt = defaultdict(list)
        for a, b in prerequisites:
            nxt[b].append(a)
        state = [0] * numCourses
        order = []

        def dfs(u):
            state[u] = 1
            for v in nxt[u]:
                if state[v] == 1:
                    return False
                if state[v] == 0 and not dfs(v):
                    return False
            state[u] = 2
            order.append(u)
            return True

        for u in range(numCourses):
            if state[u] == 0 and not dfs(u):
                return []
        return order  # post-order: the last course to take comes first
