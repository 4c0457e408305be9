class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        res = []
        dq = collections.deque()  # indices, values decreasing from front to back
        l = 0
        for r in range(len(nums)):
            # anything smaller than the new value can never be a maximum again
            while dq and nums[dq[-1]] < nums[r]:
                dq.pop()
            dq.append(r)

            # the front fell out of the window on the left
            if dq[0] < l:
                dq.popleft()

            if r + 1 >= k:
                res.append(nums[dq[0]])
                l += 1
        return res
