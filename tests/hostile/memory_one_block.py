# expect: memory_limit_exceeded
class Solution:
    def search(self, nums, target):
        return len(bytearray(4 * 10**9))
