def hammingWeight(n):
    return str(n).count("1")
