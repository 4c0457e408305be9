class Solution:
    def maxSlidingWindow(self, nums: List[int], k: int) -> List[int]:
        # the deque holds values; the front goes when the value leaving the window equals it
        q = deque()
        res = []
        for i, x in enumerate(nums):
            if i >= k and q[0] == nums[i - k]:
                q.popleft()
            while q and q[-1] <= x:
                q.pop()
            q.append(x)
            if i >= k - 1:
                res.append(q[0])
        return res
