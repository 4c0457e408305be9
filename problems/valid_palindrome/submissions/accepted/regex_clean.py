class Solution:
    def isPalindrome(self, s: str) -> bool:
        t = re.sub(r"[^a-z0-9]", "", s.lower())  # `re` comes with LeetCode's prelude
        return t == t[::-1]
