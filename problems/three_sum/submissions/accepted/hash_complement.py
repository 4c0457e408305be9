def threeSum(nums):
    nums = sorted(nums)
    found = set()
    for i in range(len(nums) - 2):
        if i and nums[i] == nums[i - 1]:
            continue
        seen = set()
        for x in nums[i + 1:]:
            if -nums[i] - x in seen:
                found.add((nums[i], -nums[i] - x, x))
            seen.add(x)
    return [list(t) for t in found]
