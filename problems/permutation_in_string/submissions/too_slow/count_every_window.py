class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        need = Counter(s1)
        m = len(s1)
        for i in range(len(s2) - m + 1):
            if Counter(s2[i:i + m]) == need:
                return True
        return False
