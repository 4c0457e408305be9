# expect: runtime_error
import sys


class Solution:
    def search(self, nums, target):
        sys.exit(0)
