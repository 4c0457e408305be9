# the usual accepted shape (NeetCode's approach): k + 1 rounds, each relaxing from a copy
from typing import List


class Solution:
    def findCheapestPrice(self, n: int, flights: List[List[int]], src: int, dst: int, k: int) -> int:
        cost = [float("inf")] * n
        cost[src] = 0

        for _ in range(k + 1):
            nextCost = cost.copy()
            for frm, to, price in flights:
                if cost[frm] == float("inf"):
                    continue
                if cost[frm] + price < nextCost[to]:
                    nextCost[to] = cost[frm] + price
            cost = nextCost

        return -1 if cost[dst] == float("inf") else cost[dst]
