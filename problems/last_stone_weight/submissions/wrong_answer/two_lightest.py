import heapq


class Solution:
    def lastStoneWeight(self, stones: List[int]) -> int:
        heapq.heapify(stones)  # a min heap: smashes the two lightest stones
        while len(stones) > 1:
            x = heapq.heappop(stones)
            y = heapq.heappop(stones)
            if x != y:
                heapq.heappush(stones, y - x)
        return stones[0] if stones else 0
