# expect: runtime_error time_limit_exceeded
import sys


class Solution:
    def search(self, nums, target):
        while True:
            sys.stderr.write("noise " * 200 + "\n")
