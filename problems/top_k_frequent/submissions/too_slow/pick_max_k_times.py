def topKFrequent(nums, k):
    count = {}
    for n in nums:
        count[n] = count.get(n, 0) + 1
    res = []
    for _ in range(k):
        best = None
        for n, c in count.items():
            if best is None or c > count[best]:
                best = n
        res.append(best)
        del count[best]
    return res
