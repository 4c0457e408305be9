def jump(nums):
    # each cell is labelled once, by the first cell that reaches it: O(n) in all
    n = len(nums)
    dist = [0] * n
    reached = 0
    for i in range(n):
        if reached >= n - 1:
            break
        far = min(n - 1, i + nums[i])
        for j in range(reached + 1, far + 1):
            dist[j] = dist[i] + 1
        reached = max(reached, far)
    return dist[-1]
