def trap(height):
    n = len(height)
    left = [0] * n  # tallest bar strictly to the left
    right = [0] * n  # tallest bar strictly to the right
    for i in range(1, n):
        left[i] = max(left[i - 1], height[i - 1])
    for i in range(n - 2, -1, -1):
        right[i] = max(right[i + 1], height[i + 1])
    return sum(min(left[i], right[i]) - height[i] for i in range(n))
