class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        words = set(wordDict)
        lengths = sorted({len(w) for w in words})
        # ok[i]: the first i letters of s can be cut into words
        ok = [True] + [False] * len(s)
        for i in range(1, len(s) + 1):
            for k in lengths:
                if k > i:
                    break
                if ok[i - k] and s[i - k:i] in words:
                    ok[i] = True
                    break
        return ok[len(s)]
