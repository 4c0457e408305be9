class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        last = {}
        left = 0
        best = 0
        for right, c in enumerate(s):
            if c in last and last[c] >= left:
                best = max(best, right - left)
                left = last[c] + 1
            last[c] = right
        return best
