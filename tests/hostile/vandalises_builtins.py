# expect: accepted
import builtins
import json
import time

builtins.len = lambda obj: 0
builtins.isinstance = lambda *a: False
builtins.type = lambda *a: int
json.dumps = lambda *a, **k: '"forged"'
json.loads = lambda *a, **k: {"op": "bye"}
time.perf_counter_ns = lambda: 0
time.perf_counter = lambda: 0.0


class Solution:
    def search(self, nums, target):
        lo, hi = 0, nums.__len__() - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if nums[mid] == target:
                return mid
            if nums[mid] < target:
                lo = mid + 1
            else:
                hi = mid - 1
        return -1
