def longestConsecutive(nums):
    if not nums:
        return 0
    nums = sorted(set(nums))
    best, cur = 1, 1
    for i in range(1, len(nums)):
        if nums[i] - nums[i - 1] == 1:
            cur += 1
        else:
            best = max(best, cur)
            cur = 1
    return best
