from typing import List


class Solution:
    def isInterleave(self, s1: str, s2: str, s3: str) -> bool:
        m, n = len(s1), len(s2)
        if m + n != len(s3):
            return False
        row: List[bool] = [False] * (n + 1)
        for i in range(m + 1):
            for j in range(n + 1):
                if i == 0 and j == 0:
                    row[j] = True
                    continue
                take1 = i > 0 and row[j] and s1[i - 1] == s3[i + j - 1]
                take2 = j > 0 and row[j - 1] and s2[j - 1] == s3[i + j - 1]
                row[j] = take1 or take2
        return row[n]
