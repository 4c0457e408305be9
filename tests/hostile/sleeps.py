# expect: time_limit_exceeded
import time


class Solution:
    def search(self, nums, target):
        time.sleep(3600)
