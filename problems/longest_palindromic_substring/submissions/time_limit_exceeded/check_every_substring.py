class Solution:
    def longestPalindrome(self, s: str) -> str:
        def is_palindrome(sub):
            for k in range(len(sub)):
                if sub[k] != sub[len(sub) - 1 - k]:
                    return False
            return True

        best = ""
        for i in range(len(s)):
            for j in range(i, len(s)):
                sub = s[i : j + 1]
                if is_palindrome(sub) and len(sub) > len(best):
                    best = sub
        return best
