# expect: wrong_answer
import os


class Solution:
    def search(self, nums, target):
        return sorted(k for k in os.environ if k not in ("PATH", "HOSTNAME", "HOME", "LC_CTYPE"))
