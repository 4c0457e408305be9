from itertools import accumulate
from typing import List


def trap(height: List[int]) -> int:
    left = list(accumulate(height, max))
    right = list(accumulate(reversed(height), max))[::-1]
    return sum(min(a, b) - h for a, b, h in zip(left, right, height))
