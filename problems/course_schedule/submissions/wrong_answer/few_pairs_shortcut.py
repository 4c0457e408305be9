class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        # a cycle needs at least as many pairs as courses
        if len(prerequisites) < numCourses:
            return True
        indeg = [0] * numCourses
        nxt = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            nxt[b].append(a)
            indeg[a] += 1
        stack = [i for i in range(numCourses) if indeg[i] == 0]
        seen = 0
        while stack:
            c = stack.pop()
            seen += 1
            for d in nxt[c]:
                indeg[d] -= 1
                if indeg[d] == 0:
                    stack.append(d)
        return seen == numCourses
