def reverse(x):
    sign = -1 if x < 0 else 1
    res = sign * int(str(abs(x))[::-1])
    return max(-(2**31), min(2**31 - 1, res))
