class Solution:
    def countBits(self, n: int) -> List[int]:
        ones = [0] * (n + 1)
        for i in range(1, n + 1):
            ones[i] = ones[i >> 1] + (i & 1)  # i is i // 2 with its last bit appended
        return ones
