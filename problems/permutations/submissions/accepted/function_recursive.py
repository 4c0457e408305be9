def permute(nums):
    if len(nums) <= 1:
        return [nums[:]]
    out = []
    for i, x in enumerate(nums):
        for rest in permute(nums[:i] + nums[i + 1:]):
            out.append([x] + rest)
    return out
