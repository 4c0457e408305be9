def getSum(a, b):
    mask = 0xFFFFFFFF
    while b:
        carry = ((a & b) << 1) & mask
        a = a ^ b
        b = carry
    return a if a <= 0x7FFFFFFF else ~(a ^ mask)
