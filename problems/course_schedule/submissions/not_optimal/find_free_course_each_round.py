# rescans the courses for one with no prerequisite left each round (list.index): O(V^2 + E)
class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        waiting = [0] * numCourses
        unlocks = [[] for _ in range(numCourses)]
        for a, b in prerequisites:
            waiting[a] += 1
            unlocks[b].append(a)
        for _ in range(numCourses):
            # pick any course whose prerequisites are all done
            if 0 not in waiting:
                return False
            c = waiting.index(0)
            waiting[c] = -1  # taken
            for d in unlocks[c]:
                waiting[d] -= 1
        return True
