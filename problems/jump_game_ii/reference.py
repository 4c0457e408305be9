class Solution:
    def jump(self, nums: List[int]) -> int:
        # Breadth-first by levels: the cells reachable with `jumps` jumps form the window
        # ending at `end`; the next window ends at the farthest cell any of them reaches.
        jumps = 0
        end = 0
        farthest = 0
        for i in range(len(nums) - 1):
            farthest = max(farthest, i + nums[i])
            if i == end:
                jumps += 1
                end = farthest
        return jumps
