# expect: runtime_error
import bisect
import os
import time

if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        while True:
            time.sleep(0.01)
    os._exit(0)


class Solution:
    def search(self, nums, target):
        i = bisect.bisect_left(nums, target)
        return i if i < len(nums) and nums[i] == target else -1
