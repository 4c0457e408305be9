from functools import lru_cache
from typing import List


class Solution:
    def partition(self, s: str) -> List[List[str]]:
        @lru_cache(maxsize=None)
        def ways(i: int) -> List[List[str]]:
            if i == len(s):
                return [[]]
            out = []
            for j in range(i + 1, len(s) + 1):
                head = s[i:j]
                if head == head[::-1]:
                    out.extend([head] + rest for rest in ways(j))
            return out

        return ways(0)
