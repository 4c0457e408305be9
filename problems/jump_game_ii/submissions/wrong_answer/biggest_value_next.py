class Solution:
    def jump(self, nums: List[int]) -> int:
        n = len(nums)
        i = jumps = 0
        while i < n - 1:
            if i + nums[i] >= n - 1:
                return jumps + 1
            # land on the cell with the biggest jump (should be the farthest reach i + nums[i])
            nxt = i + 1
            for j in range(i + 1, i + nums[i] + 1):
                if nums[j] > nums[nxt]:
                    nxt = j
            i = nxt
            jumps += 1
        return jumps
