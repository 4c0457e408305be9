# expect: runtime_error
import ctypes


class Solution:
    def search(self, nums, target):
        return ctypes.string_at(1, 8)[0]
