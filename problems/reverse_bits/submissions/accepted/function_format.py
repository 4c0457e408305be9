def reverseBits(n):
    return int(format(n, "032b")[::-1], 2)
