class Solution:
    def subsets(self, nums):
        result = []
        for x in nums:
            result += [s + [x] for s in result]
            result.append([x])
        return result
