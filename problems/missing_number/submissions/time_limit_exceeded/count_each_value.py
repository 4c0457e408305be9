# counts how often each of 0..n occurs with a loop over nums: O(n^2) Python steps, 10^8 at n = 10^4
class Solution:
    def missingNumber(self, nums: List[int]) -> int:
        for want in range(len(nums) + 1):
            count = 0
            for x in nums:
                if x == want:
                    count += 1
            if count == 0:
                return want
        return -1
