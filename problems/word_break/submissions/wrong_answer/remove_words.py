class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        for w in sorted(wordDict, key=len, reverse=True):
            s = s.replace(w, "")
        return s == ""
