class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        if s == "":
            return True
        for w in wordDict:
            if s.startswith(w) and self.wordBreak(s[len(w):], wordDict):
                return True
        return False
