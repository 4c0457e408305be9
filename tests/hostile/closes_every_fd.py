# expect: runtime_error
import os


class Solution:
    def search(self, nums, target):
        os.closerange(0, 1024)
        return -1
