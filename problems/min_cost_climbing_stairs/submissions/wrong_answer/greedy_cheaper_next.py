class Solution:
    def minCostClimbingStairs(self, cost: List[int]) -> int:
        # always step onto the cheaper of the next two steps
        i = 0 if cost[0] <= cost[1] else 1
        total = 0
        while i < len(cost):
            total += cost[i]
            if i + 2 >= len(cost):
                break
            i = i + 1 if cost[i + 1] < cost[i + 2] else i + 2
        return total
