# expect: runtime_error
class Solution:
    def search(self, nums, target):
        return int(input())
