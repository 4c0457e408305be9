# looks through all the courses for one with no prerequisite left, once per round: O(V^2 + E)
class Solution:
    def findOrder(self, numCourses: int, prerequisites: List[List[int]]) -> List[int]:
        waiting = [0] * numCourses
        unlocks = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            waiting[a] += 1
            unlocks[b].append(a)
        order = []
        for _ in range(numCourses):
            free = -1
            for c in range(numCourses):
                if waiting[c] == 0:
                    free = c
                    break
            if free == -1:
                return []
            waiting[free] = -1  # taken
            order.append(free)
            for d in unlocks[free]:
                waiting[d] -= 1
        return order
