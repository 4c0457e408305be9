# expect: runtime_error
import os
import signal


class Solution:
    def search(self, nums, target):
        try:
            os.kill(-1, signal.SIGKILL)
        except OSError:
            pass
        os.kill(0, signal.SIGKILL)
        return -1
