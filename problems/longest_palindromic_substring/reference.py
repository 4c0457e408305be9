class Solution:
    def longestPalindrome(self, s: str) -> str:
        # Manacher: in t, a "#" sits between every two characters, so every palindrome
        # of s has an odd length in t; "^" and "$" stop the expansion at the ends.
        t = "^#" + "#".join(s) + "#$"
        radius = [0] * len(t)
        center = right = 0
        for i in range(1, len(t) - 1):
            if i < right:  # mirror of i around center, cut at the right edge
                radius[i] = min(right - i, radius[2 * center - i])
            while t[i + radius[i] + 1] == t[i - radius[i] - 1]:
                radius[i] += 1
            if i + radius[i] > right:
                center, right = i, i + radius[i]
        best = max(range(len(t)), key=radius.__getitem__)
        start = (best - radius[best]) // 2
        return s[start : start + radius[best]]
