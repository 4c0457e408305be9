# expect: wrong_answer runtime_error
import sys


class Solution:
    def search(self, nums, target):
        data = sys.stdin.read()
        return len(data) - 1
