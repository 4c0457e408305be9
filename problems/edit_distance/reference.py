class Solution:
    def minDistance(self, word1: str, word2: str) -> int:
        # Bit-parallel form of the classic (len1+1) x (len2+1) table (Myers 1999, in
        # Hyyro's formulation for the global distance). Column j of the table is kept
        # as its vertical steps: bit i of `up` / `down` says that entry i+1 is one more /
        # one less than entry i. Each character of word2 advances a whole column in a
        # few big-int operations; `score` follows the last entry. The accepted table
        # solutions cross-check it on every case.
        m = len(word1)
        if m == 0:
            return len(word2)
        full = (1 << m) - 1
        last = 1 << (m - 1)
        where = {}
        for i, ch in enumerate(word1):
            where[ch] = where.get(ch, 0) | (1 << i)
        up, down, score = full, 0, m  # first column: 0, 1, 2, ..., m
        for ch in word2:
            eq = where.get(ch, 0)
            xv = eq | down
            xh = (((eq & up) + up) ^ up) | eq
            h_up = down | (~(xh | up) & full)
            h_down = up & xh
            if h_up & last:
                score += 1
            elif h_down & last:
                score -= 1
            h_up = ((h_up << 1) | 1) & full  # the top row grows by one per column
            h_down = (h_down << 1) & full
            up = h_down | (~(xv | h_up) & full)
            down = h_up & xv
        return score
