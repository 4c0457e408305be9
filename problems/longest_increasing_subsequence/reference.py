class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        # tails[k]: the smallest value that can end an increasing pick of k + 1 elements
        tails = []
        for x in nums:
            k = bisect_left(tails, x)
            if k == len(tails):
                tails.append(x)
            else:
                tails[k] = x
        return len(tails)
