def findDuplicate(nums):
    x = 0
    for v in nums:
        x ^= v
    for v in range(1, len(nums)):
        x ^= v
    return x  # the duplicate only when it occurs twice and nothing is missing
