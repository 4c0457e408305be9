class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        key = sorted(s1)
        for i in range(len(s2) - len(s1) + 1):
            if sorted(s2[i:i + len(s1)]) == key:
                return True
        return False
