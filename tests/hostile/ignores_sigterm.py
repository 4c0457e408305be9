# expect: time_limit_exceeded
import signal

signal.signal(signal.SIGTERM, signal.SIG_IGN)
signal.signal(signal.SIGINT, signal.SIG_IGN)


class Solution:
    def search(self, nums, target):
        while True:
            pass
