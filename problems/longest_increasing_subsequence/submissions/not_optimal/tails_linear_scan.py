# patience tails searched by a linear scan: O(n * L), O(n^2) when the answer L grows with n; within the bar
class Solution:
    def lengthOfLIS(self, nums: List[int]) -> int:
        tails = []
        for x in nums:
            for i, t in enumerate(tails):
                if t >= x:
                    tails[i] = x
                    break
            else:
                tails.append(x)
        return len(tails)
