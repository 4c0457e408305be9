def subsetsWithDup(nums):
    nums = sorted(nums)
    result = [[]]
    start = 0
    for i, x in enumerate(nums):
        # a repeated value only extends the subsets made in the previous step
        if i == 0 or x != nums[i - 1]:
            start = 0
        size = len(result)
        for j in range(start, size):
            result.append(result[j] + [x])
        start = size
    return result
