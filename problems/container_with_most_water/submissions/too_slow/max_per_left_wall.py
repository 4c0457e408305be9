def maxArea(height):
    n = len(height)
    return max(
        max(min(height[i], height[j]) * (j - i) for j in range(i + 1, n))
        for i in range(n - 1)
    )
