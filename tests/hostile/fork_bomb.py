# expect: runtime_error time_limit_exceeded memory_limit_exceeded
import os


class Solution:
    def search(self, nums, target):
        while True:
            os.fork()
