def findKthLargest(nums, k):
    return sorted(set(nums), reverse=True)[k - 1]
