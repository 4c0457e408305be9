# expect: too_slow
import gc
import time

# A linear scan that tries to look constant-time: it finds the harness's bound
# clock and replaces it with one that never moves.
for obj in gc.get_objects():
    if isinstance(obj, dict) and "_clock" in obj and "_encode" in obj:
        obj["_clock"] = lambda: 0
time.perf_counter_ns = lambda: 0


class Solution:
    def search(self, nums, target):
        for i, v in enumerate(nums):
            if v == target:
                return i
        return -1
