# the usual accepted shape (NeetCode's approach): a heap of (time, node), a visited set
import collections
import heapq
from typing import List


class Solution:
    def networkDelayTime(self, times: List[List[int]], n: int, k: int) -> int:
        graph = collections.defaultdict(list)
        for src, dst, delay in times:
            graph[src].append((delay, dst))

        heap = [(0, k)]
        done = set()
        answer = 0
        while heap:
            when, node = heapq.heappop(heap)
            if node in done:
                continue
            done.add(node)
            answer = max(answer, when)
            for delay, nxt in graph[node]:
                if nxt not in done:
                    heapq.heappush(heap, (when + delay, nxt))
        return answer if len(done) == n else -1
