class Solution:
    def isMatch(self, s: str, p: str) -> bool:
        m, n = len(s), len(p)
        # fits[i][j]: the pattern's suffix p[j:] spells the string's suffix s[i:]
        fits = [[False] * (n + 1) for _ in range(m + 1)]
        fits[m][n] = True
        for i in range(m, -1, -1):
            for j in range(n - 1, -1, -1):
                head = i < m and p[j] in (s[i], ".")
                if j + 1 < n and p[j + 1] == "*":
                    # skip the starred piece, or let it take one more letter
                    fits[i][j] = fits[i][j + 2] or (head and fits[i + 1][j])
                else:
                    fits[i][j] = head and fits[i + 1][j + 1]
        return fits[0][0]
