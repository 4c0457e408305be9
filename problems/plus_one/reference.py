class Solution:
    def plusOne(self, digits: List[int]) -> List[int]:
        out = digits[:]
        i = len(out) - 1
        while i >= 0 and out[i] == 9:  # a 9 becomes 0 and carries 1 to the left
            out[i] = 0
            i -= 1
        if i < 0:
            return [1, *out]
        out[i] += 1
        return out
