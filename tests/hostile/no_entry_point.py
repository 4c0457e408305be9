# expect: compile_error
class Solution:
    def find(self, nums, target):
        return -1
