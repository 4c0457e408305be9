class Solution:
    def isMatch(self, s: str, p: str) -> bool:
        if not p:
            return not s
        first = bool(s) and p[0] in (s[0], ".")
        if len(p) > 1 and p[1] == "*":
            # skip the starred piece, or use it for one more letter and stay on it
            return self.isMatch(s, p[2:]) or (first and self.isMatch(s[1:], p))
        return first and self.isMatch(s[1:], p[1:])
