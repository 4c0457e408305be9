def maxProduct(nums):
    # the best subarray starts at a zero's right or ends at a zero's left (or at an
    # end), so the running products from both sides, restarted after zeros, meet it
    best = nums[0]
    left = right = 0
    n = len(nums)
    for i in range(n):
        left = (left or 1) * nums[i]
        right = (right or 1) * nums[n - 1 - i]
        best = max(best, left, right)
    return best
