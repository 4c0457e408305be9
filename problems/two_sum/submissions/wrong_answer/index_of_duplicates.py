def twoSum(nums, target):
    s = sorted(nums)
    lo, hi = 0, len(s) - 1
    while lo < hi:
        total = s[lo] + s[hi]
        if total == target:
            return [nums.index(s[lo]), nums.index(s[hi])]
        elif total < target:
            lo += 1
        else:
            hi -= 1
    return []
