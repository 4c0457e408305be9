def containsDuplicate(nums):
    return len(set(nums)) == len(nums)
