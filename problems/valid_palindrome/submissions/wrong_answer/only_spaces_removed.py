class Solution:
    def isPalindrome(self, s: str) -> bool:
        t = s.replace(" ", "").lower()
        return t == t[::-1]
