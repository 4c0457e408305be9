class Solution:
    def countSubstrings(self, s: str) -> int:
        # a set of texts: the same palindrome found at two places counts once
        found = set()
        for i in range(len(s)):
            for l, r in ((i, i), (i, i + 1)):
                while l >= 0 and r < len(s) and s[l] == s[r]:
                    found.add(s[l : r + 1])
                    l -= 1
                    r += 1
        return len(found)
