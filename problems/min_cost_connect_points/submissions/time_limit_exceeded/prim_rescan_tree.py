# a list as the visited set and every (tree point, other point) pair rescanned for each link: O(n^4)
class Solution:
    def minCostConnectPoints(self, points: List[List[int]]) -> int:
        n = len(points)
        visited = [0]
        total = 0
        while len(visited) < n:
            # every round, the cheapest pair (inside, outside) over all pairs again
            best, pick = float("inf"), -1
            for i in visited:
                for j in range(n):
                    if j not in visited:
                        d = abs(points[i][0] - points[j][0]) + abs(points[i][1] - points[j][1])
                        if d < best:
                            best, pick = d, j
            visited.append(pick)
            total += best
        return total
