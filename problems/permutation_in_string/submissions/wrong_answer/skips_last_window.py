class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        k = len(s1)
        if k > len(s2):
            return False
        need = [0] * 26
        window = [0] * 26
        for c in s1:
            need[ord(c) - ord('a')] += 1
        for c in s2[:k]:
            window[ord(c) - ord('a')] += 1
        for i in range(k, len(s2)):
            if window == need:
                return True
            window[ord(s2[i]) - ord('a')] += 1
            window[ord(s2[i - k]) - ord('a')] -= 1
        return False
