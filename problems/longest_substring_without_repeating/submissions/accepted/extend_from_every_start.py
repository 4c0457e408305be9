# from every start, extend until a character repeats: O(n * k), k <= 95 printable characters, so linear in n; LeetCode accepts it
class Solution:
    def lengthOfLongestSubstring(self, s: str) -> int:
        best = 0
        for i in range(len(s)):
            seen = set()
            for ch in s[i:i + 96]:
                if ch in seen:
                    break
                seen.add(ch)
            best = max(best, len(seen))
        return best
