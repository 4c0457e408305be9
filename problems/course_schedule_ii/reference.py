class Solution:
    def findOrder(self, numCourses: int, prerequisites: List[List[int]]) -> List[int]:
        unlocks = [[] for _ in range(numCourses)]
        missing = [0] * numCourses  # prerequisites not yet taken
        for course, before in prerequisites:
            unlocks[before].append(course)
            missing[course] += 1
        order = [c for c in range(numCourses) if missing[c] == 0]
        for c in order:  # the list grows while it is read: a queue
            for nxt in unlocks[c]:
                missing[nxt] -= 1
                if missing[nxt] == 0:
                    order.append(nxt)
        return order if len(order) == numCourses else []
