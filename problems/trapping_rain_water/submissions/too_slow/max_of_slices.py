def trap(height):
    water = 0
    for i in range(1, len(height) - 1):
        level = min(max(height[:i]), max(height[i + 1:]))
        if level > height[i]:
            water += level - height[i]
    return water
