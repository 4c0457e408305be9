def myPow(x, n):
    def power(b, e):
        if e == 0:
            return 1.0
        half = power(b, e // 2)
        if e % 2:
            return half * half * b
        return half * half

    result = power(x, abs(n))
    return result if n >= 0 else 1 / result
