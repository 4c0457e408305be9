# expect: time_limit_exceeded
class Solution:
    def search(self, nums, target):
        while True:
            pass
