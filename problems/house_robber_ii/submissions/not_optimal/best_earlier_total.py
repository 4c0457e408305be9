# for each of the two rows, best[i] = nums[i] + the best total ending two or more houses back, a scan per house: O(n^2)
class Solution:
    def rob(self, nums: List[int]) -> int:
        if len(nums) == 1:
            return nums[0]

        def line(houses):
            best = []
            for i, money in enumerate(houses):
                before = 0
                for j in range(i - 1):
                    before = max(before, best[j])
                best.append(money + before)
            return max(best)

        return max(line(nums[:-1]), line(nums[1:]))
