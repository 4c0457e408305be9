class Solution:
    def isPalindrome(self, s: str) -> bool:
        t = "".join(c.lower() for c in s if c.isalpha())
        return t == t[::-1]
