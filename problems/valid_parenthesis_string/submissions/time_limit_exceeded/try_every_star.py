class Solution:
    def checkValidString(self, s: str) -> bool:
        def go(i, open_count):
            if open_count < 0:
                return False
            if i == len(s):
                return open_count == 0
            if s[i] == "(":
                return go(i + 1, open_count + 1)
            if s[i] == ")":
                return go(i + 1, open_count - 1)
            return go(i + 1, open_count + 1) or go(i + 1, open_count - 1) or go(i + 1, open_count)

        return go(0, 0)
