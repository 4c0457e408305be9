class Solution:
    def checkValidString(self, s: str) -> bool:
        # compares the counts, forgetting that order matters
        opens, closes, stars = s.count("("), s.count(")"), s.count("*")
        return abs(opens - closes) <= stars
