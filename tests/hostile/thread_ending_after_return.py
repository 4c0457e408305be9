# expect: accepted
import bisect
import threading
import time

# A thread left to finish on its own a moment after the call: it ends well within
# the moment the harness waits, so nothing is left running.


class Solution:
    def search(self, nums, target):
        threading.Thread(target=time.sleep, args=(0.005,)).start()
        i = bisect.bisect_left(nums, target)
        return i if i < len(nums) and nums[i] == target else -1
