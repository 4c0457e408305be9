class Solution:
    def lastStoneWeight(self, stones: List[int]) -> int:
        stones = [-x for x in stones]
        heapify(stones)
        while len(stones) > 1:
            a, b = heappop(stones), heappop(stones)
            if a != b:
                heappush(stones, a - b)
        stones.append(0)
        return abs(stones[0])
