# each round tries the courses in turn and reads the whole list of pairs to see whether
# one is free: O(V^2 * E) in the worst case
class Solution:
    def findOrder(self, numCourses: int, prerequisites: List[List[int]]) -> List[int]:
        taken = [False] * numCourses
        order = []
        while len(order) < numCourses:
            found = False
            for c in range(numCourses):
                if taken[c]:
                    continue
                ok = True
                for a, b in prerequisites:
                    if a == c and not taken[b]:
                        ok = False
                        break
                if ok:
                    taken[c] = True
                    order.append(c)
                    found = True
                    break
            if not found:
                return []
        return order
