# Manacher's algorithm on s itself, one radius array for odd centres and one for even: O(n)
class Solution:
    def longestPalindrome(self, s: str) -> str:
        n = len(s)
        best_len, best_start = 1, 0

        # odd[i]: how far the palindrome centred on s[i] reaches on each side
        odd = [0] * n
        left, right = 0, -1
        for i in range(n):
            k = 1 if i > right else min(odd[left + right - i], right - i + 1)
            while i - k >= 0 and i + k < n and s[i - k] == s[i + k]:
                k += 1
            odd[i] = k
            if i + k - 1 > right:
                left, right = i - k + 1, i + k - 1
            if 2 * k - 1 > best_len:
                best_len, best_start = 2 * k - 1, i - k + 1

        # even[i]: half the length of the palindrome centred between s[i - 1] and s[i]
        even = [0] * n
        left, right = 0, -1
        for i in range(n):
            k = 0 if i > right else min(even[left + right - i + 1], right - i + 1)
            while i - k - 1 >= 0 and i + k < n and s[i - k - 1] == s[i + k]:
                k += 1
            even[i] = k
            if i + k - 1 > right:
                left, right = i - k, i + k - 1
            if 2 * k > best_len:
                best_len, best_start = 2 * k, i - k

        return s[best_start : best_start + best_len]
