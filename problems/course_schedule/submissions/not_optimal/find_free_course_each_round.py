# looks through all the courses for one with no prerequisite left, once per round: O(V^2 + E)
class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        waiting = [0] * numCourses
        unlocks = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            waiting[a] += 1
            unlocks[b].append(a)
        for _ in range(numCourses):
            # pick any course whose prerequisites are all done
            free = -1
            for c in range(numCourses):
                if waiting[c] == 0:
                    free = c
                    break
            if free == -1:
                return False
            waiting[free] = -1  # taken
            for d in unlocks[free]:
                waiting[d] -= 1
        return True
