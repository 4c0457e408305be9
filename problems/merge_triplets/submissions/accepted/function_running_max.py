from typing import List


def mergeTriplets(triplets: List[List[int]], target: List[int]) -> bool:
    x, y, z = target
    best = [0, 0, 0]
    for a, b, c in triplets:
        if a <= x and b <= y and c <= z:
            best = [max(best[0], a), max(best[1], b), max(best[2], c)]
    return best == target
