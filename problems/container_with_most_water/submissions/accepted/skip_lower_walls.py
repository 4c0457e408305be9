def maxArea(height):
    i, j = 0, len(height) - 1
    best = 0
    while i < j:
        h = min(height[i], height[j])
        best = max(best, h * (j - i))
        # walls no taller than h cannot do better with a narrower base
        while i < j and height[i] <= h:
            i += 1
        while i < j and height[j] <= h:
            j -= 1
    return best
