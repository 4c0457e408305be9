# expect: runtime_error time_limit_exceeded
class Solution:
    def search(self, nums, target):
        while True:
            print("spam " * 200)
