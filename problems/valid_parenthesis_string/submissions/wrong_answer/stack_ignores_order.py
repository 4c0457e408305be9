class Solution:
    def checkValidString(self, s: str) -> bool:
        opens, stars = [], []
        for i, ch in enumerate(s):
            if ch == "(":
                opens.append(i)
            elif ch == "*":
                stars.append(i)
            elif opens:
                opens.pop()
            elif stars:
                stars.pop()
            else:
                return False
        return len(opens) <= len(stars)  # a star before the "(" cannot close it
