class Solution:
    def checkValidString(self, s):
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
        # each "(" left needs a star after it
        while opens and stars:
            if opens.pop() > stars.pop():
                return False
        return not opens
