class Solution:
    def longestCommonSubsequence(self, text1: str, text2: str) -> int:
        # Bit-parallel form of the classic table (Hyyro 2004): bit i of `row` is 0
        # where the table row steps up at column i, so the answer is the number of
        # zero bits. Each character of text2 updates a whole row in a few big-int
        # operations. The accepted table solutions cross-check it on every case.
        width = len(text1)
        full = (1 << width) - 1
        where = {}
        for i, ch in enumerate(text1):
            where[ch] = where.get(ch, 0) | (1 << i)
        row = full
        for ch in text2:
            match = row & where.get(ch, 0)
            row = ((row + match) | (row - match)) & full
        return width - bin(row).count("1")
