# expect: runtime_error
import sys

sys.setrecursionlimit(10**9)


class Deep:
    # Each level goes through C (the attribute slot), so the C stack overflows.
    def __getattr__(self, name):
        return getattr(self, name + "x")


class Solution:
    def search(self, nums, target):
        return Deep().missing
