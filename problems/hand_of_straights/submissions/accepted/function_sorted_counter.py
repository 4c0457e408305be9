from collections import Counter
from typing import List


def isNStraightHand(hand: List[int], groupSize: int) -> bool:
    cnt = Counter(hand)
    for x in sorted(cnt):
        c = cnt[x]
        if c:
            for y in range(x + 1, x + groupSize):
                if cnt[y] < c:
                    return False
                cnt[y] -= c
    return True
