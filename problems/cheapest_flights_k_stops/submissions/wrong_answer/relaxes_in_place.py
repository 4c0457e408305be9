class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        prices = [float("inf")] * n
        prices[src] = 0
        for _ in range(k + 1):
            for s, d, p in flights:
                if prices[s] + p < prices[d]:
                    prices[d] = prices[s] + p
        return -1 if prices[dst] == float("inf") else prices[dst]
