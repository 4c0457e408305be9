class Solution:
    def getSum(self, a: int, b: int) -> int:
        mask = 0xFFFFFFFF  # work on 32-bit two's complement, as a fixed-width machine would
        a &= mask
        b &= mask
        while b:
            a, b = a ^ b, ((a & b) << 1) & mask  # sum without carries, then the carries
        # bit 31 set means a negative number: give it back its sign in Python's terms
        return a if a < 0x80000000 else ~(a ^ mask)
