class Solution:
    def minCostClimbingStairs(self, cost: List[int]) -> int:
        # best[i]: cheapest total having paid for step i
        best = [cost[0], cost[1]]
        for i in range(2, len(cost)):
            best.append(cost[i] + min(best[i - 1], best[i - 2]))
        return min(best[-1], best[-2])
