# expect: memory_limit_exceeded
class Solution:
    def search(self, nums, target):
        hoard = []
        while True:
            hoard.append(bytearray(10**7))
