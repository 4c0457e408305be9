from collections import Counter
from typing import List


class Solution:
    def leastInterval(self, tasks: List[str], n: int) -> int:
        counts = sorted(Counter(tasks).values(), reverse=True)
        gaps = counts[0] - 1
        idle = gaps * n
        for c in counts[1:]:
            idle -= min(gaps, c)
        return len(tasks) + max(0, idle)
