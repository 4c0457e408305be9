class Solution:
    def canFinish(self, numCourses: int, prerequisites: List[List[int]]) -> bool:
        pairs = set()
        for a, b in prerequisites:
            pairs.add((a, b))
        for a, b in prerequisites:
            if (b, a) in pairs:
                return False
        return True
