class Solution:
    def isAnagram(self, s: str, t: str) -> bool:
        if len(s) != len(t):
            return False
        rest = list(t)
        for c in s:
            if c not in rest:
                return False
            rest.remove(c)
        return True
