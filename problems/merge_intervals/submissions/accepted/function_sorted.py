from typing import List


def merge(intervals: List[List[int]]) -> List[List[int]]:
    out = []
    for cur in sorted(intervals):
        if not out or out[-1][1] < cur[0]:
            out.append(list(cur))
        elif out[-1][1] < cur[1]:
            out[-1][1] = cur[1]
    return out
