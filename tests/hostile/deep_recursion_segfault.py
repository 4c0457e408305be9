# expect: runtime_error
import sys

sys.setrecursionlimit(10**9)


class Solution:
    def search(self, nums, target):
        import json

        # Parsing nesting 200,000 deep recurses in C until the stack ends.
        return len(json.loads("[" * 200000 + "]" * 200000))
