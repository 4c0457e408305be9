class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        x = 0
        for c in s + t:
            x ^= ord(c)
        return x == 0
