class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        n = len(s)
        best = 0
        for i in range(n):
            count = {}
            top = 0
            for j in range(i, n):
                count[s[j]] = count.get(s[j], 0) + 1
                top = max(top, count[s[j]])
                if j - i + 1 - top <= k:
                    best = max(best, j - i + 1)
        return best
