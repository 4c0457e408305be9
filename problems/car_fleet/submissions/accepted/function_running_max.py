from typing import List


def carFleet(target: int, position: List[int], speed: List[int]) -> int:
    order = sorted(range(len(position)), key=lambda i: position[i], reverse=True)
    fleets = 0
    slowest = 0.0
    for i in order:
        t = (target - position[i]) / speed[i]
        if t > slowest:
            fleets += 1
            slowest = t
    return fleets
