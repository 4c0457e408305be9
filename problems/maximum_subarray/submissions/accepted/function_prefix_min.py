def maxSubArray(nums):
    # best run ending at i = prefix sum up to i minus the smallest earlier prefix sum
    prefix = 0
    smallest = 0
    best = nums[0]
    for x in nums:
        prefix += x
        best = max(best, prefix - smallest)
        smallest = min(smallest, prefix)
    return best
