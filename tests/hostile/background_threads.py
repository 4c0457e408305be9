# expect: runtime_error
import bisect
import threading


def spin():
    while True:
        sum(range(1000))


class Solution:
    started = False

    def search(self, nums, target):
        if not Solution.started:
            Solution.started = True
            threading.Thread(target=spin, daemon=True).start()
        i = bisect.bisect_left(nums, target)
        return i if i < len(nums) and nums[i] == target else -1
