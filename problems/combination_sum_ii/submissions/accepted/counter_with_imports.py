from collections import Counter
from typing import List


class Solution:
    def combinationSum2(self, candidates: List[int], target: int) -> List[List[int]]:
        counts = sorted(Counter(candidates).items())
        result: List[List[int]] = []

        def search(k: int, remain: int, picked: List[int]) -> None:
            if remain == 0:
                result.append(picked[:])
                return
            if k == len(counts) or counts[k][0] > remain:
                return
            value, count = counts[k]
            for times in range(min(count, remain // value), -1, -1):
                search(k + 1, remain - times * value, picked + [value] * times)

        search(0, target, [])
        return result
