def longestConsecutive(nums):
    # run length stored at both ends of every run; merge neighbours on insert
    ends = {}
    best = 0
    for x in nums:
        if x in ends:
            continue
        left = ends.get(x - 1, 0)
        right = ends.get(x + 1, 0)
        total = left + right + 1
        ends[x] = total
        ends[x - left] = total
        ends[x + right] = total
        best = max(best, total)
    return best
