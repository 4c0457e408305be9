def maxSubArray(nums):
    positives = [x for x in nums if x > 0]
    if not positives:
        return max(nums)
    return sum(positives)
