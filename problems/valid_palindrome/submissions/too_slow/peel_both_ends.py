class Solution:
    def isPalindrome(self, s: str) -> bool:
        chars = [c.lower() for c in s if c.isalnum()]
        while len(chars) > 1:
            if chars[0] != chars[-1]:
                return False
            chars = chars[1:-1]
        return True
