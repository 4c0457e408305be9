from collections import Counter
from typing import List


class Solution:
    def subsetsWithDup(self, nums: List[int]) -> List[List[int]]:
        out: List[List[int]] = [[]]
        for value, count in Counter(nums).items():
            out = [s + [value] * k for s in out for k in range(count + 1)]
        return out
