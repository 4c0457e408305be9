from typing import List


def twoSum(numbers: List[int], target: int) -> List[int]:
    last = {v: i for i, v in enumerate(numbers)}
    for i, v in enumerate(numbers):
        j = last.get(target - v)
        if j is not None and j != i:
            return [i + 1, j + 1]
    return []
