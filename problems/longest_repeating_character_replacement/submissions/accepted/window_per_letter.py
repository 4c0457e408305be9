class Solution:
    def characterReplacement(self, s: str, k: int) -> int:
        best = 0
        for letter in set(s):
            left = 0
            others = 0  # letters in the window that would be replaced
            for right, c in enumerate(s):
                if c != letter:
                    others += 1
                while others > k:
                    if s[left] != letter:
                        others -= 1
                    left += 1
                best = max(best, right - left + 1)
        return best
