# expect: runtime_error memory_limit_exceeded
import sys

sys.setrecursionlimit(10**9)


class Solution:
    def search(self, nums, target):
        import json

        # Parsing nesting 5,000,000 deep recurses in C until the stack (512 MB) ends, or the
        # stack's pages reach the memory limit first: a crash or a memory kill, never a hang.
        return len(json.loads("[" * 5_000_000 + "]" * 5_000_000))
