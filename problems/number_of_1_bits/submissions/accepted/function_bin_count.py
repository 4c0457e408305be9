def hammingWeight(n):
    return bin(n).count("1")
