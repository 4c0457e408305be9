from typing import List


def twoSum(nums: List[int], target: int) -> List[int]:
    index = {v: i for i, v in enumerate(nums)}  # a repeated value keeps its last position
    for i, v in enumerate(nums):
        j = index.get(target - v)
        if j is not None and j != i:
            return [i, j]
    return []
