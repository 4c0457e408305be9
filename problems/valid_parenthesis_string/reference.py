class Solution:
    def checkValidString(self, s: str) -> bool:
        # The number of unmatched "(" after each character is not known exactly, since a
        # star may be "(", ")" or nothing; it lies in [low, high], and every value in
        # between is possible.
        low = high = 0
        for c in s:
            if c == "(":
                low, high = low + 1, high + 1
            elif c == ")":
                low, high = low - 1, high - 1
            else:
                low, high = low - 1, high + 1
            if high < 0:  # more ")" than "(" and stars together
                return False
            low = max(low, 0)  # an open count never goes below zero
        return low == 0
