from collections import Counter


def topKFrequent(nums, k):
    return Counter(nums).most_common(k)
