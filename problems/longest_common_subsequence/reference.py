class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        # row[j]: the answer for the prefix of text1 read so far and text2[:j]
        row = [0] * (len(text2) + 1)
        for a in text1:
            diagonal = 0  # the previous row's value at j - 1
            for j, b in enumerate(text2, 1):
                above = row[j]
                if a == b:
                    row[j] = diagonal + 1
                elif row[j - 1] > above:
                    row[j] = row[j - 1]
                diagonal = above
        return row[-1]
