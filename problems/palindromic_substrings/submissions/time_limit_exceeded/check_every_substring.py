class Solution:
    def countSubstrings(self, s: str) -> int:
        def is_palindrome(sub):
            for k in range(len(sub)):
                if sub[k] != sub[len(sub) - 1 - k]:
                    return False
            return True

        count = 0
        for i in range(len(s)):
            for j in range(i, len(s)):
                if is_palindrome(s[i : j + 1]):
                    count += 1
        return count
