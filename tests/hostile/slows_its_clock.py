# expect: too_slow
import gc
import time

# Subtler than a stopped clock: the harness's clock keeps running, a hundred times
# slower, so each call still reports a plausible, tiny time.
real = time.perf_counter_ns
for obj in gc.get_objects():
    if isinstance(obj, dict) and "_clock" in obj and "_encode" in obj:
        obj["_clock"] = lambda: real() // 100


class Solution:
    def search(self, nums, target):
        return nums.index(target) if target in nums else -1
