class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> bool:
        words = set(wordDict)
        longest = max(len(w) for w in wordDict)
        dp = [True] + [False] * len(s)
        for i in range(1, len(s) + 1):
            for j in range(max(0, i - longest + 1), i):  # misses pieces of the longest length
                if dp[j] and s[j:i] in words:
                    dp[i] = True
                    break
        return dp[-1]
