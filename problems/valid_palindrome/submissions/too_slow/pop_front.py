class Solution:
    def isPalindrome(self, s: str) -> bool:
        chars = [c.lower() for c in s if c.isalnum()]
        while len(chars) > 1:
            if chars.pop(0) != chars.pop():
                return False
        return True
