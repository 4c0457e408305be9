class Solution:
    def maxCoins(self, nums: List[int]) -> int:
        # pad with the 1s that stand in for missing neighbours
        vals = [1, *nums, 1]
        n = len(vals)
        # best[l][r]: the most coins from bursting every balloon strictly between l and r,
        # with l and r still standing; k is the last one burst in that gap
        best = [[0] * n for _ in range(n)]
        for width in range(2, n):
            for left in range(n - width):
                right = left + width
                edge = vals[left] * vals[right]
                row, col = best[left], [best[k][right] for k in range(left + 1, right)]
                best[left][right] = max(
                    row[k] + edge * vals[k] + col[k - left - 1] for k in range(left + 1, right)
                )
        return best[0][n - 1]
