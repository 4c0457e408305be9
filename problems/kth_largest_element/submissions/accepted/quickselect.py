import random


class Solution:
    def findKthLargest(self, nums, k):
        pivot = random.choice(nums)
        bigger = [x for x in nums if x > pivot]
        equal = [x for x in nums if x == pivot]
        smaller = [x for x in nums if x < pivot]
        if k <= len(bigger):
            return self.findKthLargest(bigger, k)
        if k <= len(bigger) + len(equal):
            return pivot
        return self.findKthLargest(smaller, k - len(bigger) - len(equal))
