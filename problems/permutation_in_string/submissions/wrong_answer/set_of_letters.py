class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        want = set(s1)
        k = len(s1)
        for i in range(len(s2) - k + 1):
            if set(s2[i:i + k]) == want:
                return True
        return False
