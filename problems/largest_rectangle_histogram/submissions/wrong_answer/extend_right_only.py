def largestRectangleArea(heights):
    n = len(heights)
    best = 0
    for i in range(n):
        j = i
        while j + 1 < n and heights[j + 1] >= heights[i]:
            j += 1
        best = max(best, heights[i] * (j - i + 1))
    return best
