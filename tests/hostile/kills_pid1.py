# expect: accepted runtime_error
import os
import signal


class Solution:
    def search(self, nums, target):
        for sig in (signal.SIGKILL, signal.SIGTERM, signal.SIGINT):
            try:
                os.kill(1, sig)
            except OSError:
                pass
        lo, hi = 0, len(nums) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == target:
                return mid
            lo, hi = (mid + 1, hi) if nums[mid] < target else (lo, mid - 1)
        return -1
