class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        best = 0
        for i in range(len(s)):
            seen = set()
            for c in s[i:]:
                if c in seen:
                    break
                seen.add(c)
            best = max(best, len(seen))
        return best
