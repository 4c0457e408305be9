def twoSum(numbers, target):
    seen = {}
    for i, x in enumerate(numbers):
        if target - x in seen:
            return [i + 1, seen[target - x] + 1]
        seen[x] = i
