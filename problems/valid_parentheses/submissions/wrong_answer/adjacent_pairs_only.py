class Solution:
    def isValid(self, s: str) -> bool:
        if len(s) % 2:
            return False
        for i in range(0, len(s), 2):
            if s[i:i + 2] not in ("()", "[]", "{}"):
                return False
        return True
