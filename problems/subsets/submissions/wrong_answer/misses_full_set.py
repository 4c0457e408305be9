def subsets(nums):
    n = len(nums)
    res = []
    for mask in range(2 ** n - 1):
        res.append([nums[i] for i in range(n) if mask & (1 << i)])
    return res
