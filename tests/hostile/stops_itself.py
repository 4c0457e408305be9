# expect: time_limit_exceeded
import os
import signal


class Solution:
    def search(self, nums, target):
        os.kill(os.getpid(), signal.SIGSTOP)
        return -1
