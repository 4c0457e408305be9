def largestRectangleArea(heights):
    n = len(heights)
    left = [-1] * n   # nearest index to the left with a lower bar
    right = [n] * n   # nearest index to the right with a lower bar
    st = []
    for i in range(n):
        while st and heights[st[-1]] >= heights[i]:
            st.pop()
        left[i] = st[-1] if st else -1
        st.append(i)
    st = []
    for i in range(n - 1, -1, -1):
        while st and heights[st[-1]] >= heights[i]:
            st.pop()
        right[i] = st[-1] if st else n
        st.append(i)
    return max(heights[i] * (right[i] - left[i] - 1) for i in range(n))
