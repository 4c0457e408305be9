# a plain function: Floyd's slow and fast walkers, the digit sums memoised
from functools import cache


def isHappy(n):
    @cache
    def step(x):
        s = 0
        while x > 0:
            s += (x % 10) ** 2
            x //= 10
        return s

    slow, fast = n, step(n)
    while fast != 1 and slow != fast:
        slow = step(slow)
        fast = step(step(fast))
    return fast == 1
