class Solution:
    def maxCoins(self, nums: List[int]) -> int:
        row = nums[:]
        total = 0
        while row:
            i = row.index(min(row))  # burst the cheapest balloon first, keep the big ones
            left = row[i - 1] if i > 0 else 1
            right = row[i + 1] if i + 1 < len(row) else 1
            total += left * row[i] * right
            row.pop(i)
        return total
