# expect: runtime_error
import os


class Solution:
    def search(self, nums, target):
        os._exit(0)
