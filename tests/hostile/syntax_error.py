# expect: compile_error
class Solution:
    def search(self, nums, target)
        return -1
