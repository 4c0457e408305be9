class Solution:
    def isValid(self, s: str) -> bool:
        return (s.count("(") == s.count(")")
                and s.count("[") == s.count("]")
                and s.count("{") == s.count("}"))
