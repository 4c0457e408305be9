# the LintCode variant: the smallest valid order in normal alphabetical order, also valid here
import heapq
from typing import List


class Solution:
    def alienOrder(self, words: List[str]) -> str:
        nxt = {c: set() for w in words for c in w}
        indeg = dict.fromkeys(nxt, 0)
        for w1, w2 in zip(words, words[1:]):
            if len(w1) > len(w2) and w1.startswith(w2):
                return ""
            for a, b in zip(w1, w2):
                if a != b:
                    if b not in nxt[a]:
                        nxt[a].add(b)
                        indeg[b] += 1
                    break
        heap = [c for c in indeg if indeg[c] == 0]
        heapq.heapify(heap)
        res = []
        while heap:
            c = heapq.heappop(heap)
            res.append(c)
            for d in nxt[c]:
                indeg[d] -= 1
                if indeg[d] == 0:
                    heapq.heappush(heap, d)
        return "".join(res) if len(res) == len(indeg) else ""
