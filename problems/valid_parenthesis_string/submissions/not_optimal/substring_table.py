# ok[i][j]: s[i..j] can be balanced, built from shorter substrings: O(n^3)
class Solution:
    def checkValidString(self, s: str) -> bool:
        n = len(s)
        ok = [[False] * n for _ in range(n)]
        for i in range(n):
            if s[i] == "*":
                ok[i][i] = True
        for length in range(2, n + 1):
            for i in range(n - length + 1):
                j = i + length - 1
                if s[i] in "(*" and s[j] in ")*" and (length == 2 or ok[i + 1][j - 1]):
                    ok[i][j] = True
                    continue
                if s[i] == "*" and ok[i + 1][j]:
                    ok[i][j] = True
                    continue
                for k in range(i, j):
                    if ok[i][k] and ok[k + 1][j]:
                        ok[i][j] = True
                        break
        return ok[0][n - 1]
