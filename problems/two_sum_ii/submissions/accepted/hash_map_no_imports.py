def twoSum(numbers, target):
    seen = {}
    for i, x in enumerate(numbers):
        if target - x in seen:
            return [seen[target - x] + 1, i + 1]
        seen[x] = i
