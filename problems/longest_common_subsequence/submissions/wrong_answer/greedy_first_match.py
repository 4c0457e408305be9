class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        count, j = 0, 0
        for ch in text1:
            k = text2.find(ch, j)
            if k != -1:
                count += 1
                j = k + 1
        return count
