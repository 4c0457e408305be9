def reverseBits(n):
    res = 0
    for _ in range(31):
        res = (res << 1) | (n & 1)
        n >>= 1
    return res
