class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        # Bellman-Ford cut to k + 1 rounds: after round r, cost[v] is the cheapest price
        # of reaching v with at most r flights
        cost = [math.inf] * n
        cost[src] = 0
        for _ in range(k + 1):
            nxt = cost[:]  # relax from the last round's prices only: one flight per round
            for a, b, price in flights:
                if cost[a] + price < nxt[b]:
                    nxt[b] = cost[a] + price
            cost = nxt
        return cost[dst] if cost[dst] < math.inf else -1
