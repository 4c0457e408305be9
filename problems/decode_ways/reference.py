class Solution:
    def numDecodings(self, s: str) -> int:
        # before, last: the number of readings of s[:i-1] and of s[:i]
        before, last = 0, 1
        prev_digit = ""
        for d in s:
            ways = last if d != "0" else 0
            if prev_digit and 10 <= int(prev_digit + d) <= 26:
                ways += before
            before, last = last, ways
            prev_digit = d
        return last
