def canPartition(nums):
    total = sum(nums)
    if total % 2:
        return False
    target = total // 2
    sums = {0}
    for x in nums:
        sums |= {s + x for s in sums if s + x <= target}
        if target in sums:
            return True
    return False
