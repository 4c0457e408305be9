# expect: accepted
import bisect
import threading

# Threads are allowed inside a call, as long as they have ended when it returns.


class Solution:
    def search(self, nums, target):
        found = []
        halves = [(0, len(nums) // 2), (len(nums) // 2, len(nums))]

        def look(lo, hi):
            i = bisect.bisect_left(nums, target, lo, hi)
            if i < hi and nums[i] == target:
                found.append(i)

        workers = [threading.Thread(target=look, args=half) for half in halves]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        return found[0] if found else -1
