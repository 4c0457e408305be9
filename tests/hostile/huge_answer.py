# expect: runtime_error memory_limit_exceeded
class Solution:
    def search(self, nums, target):
        return "x" * (100 * 1024 * 1024)
