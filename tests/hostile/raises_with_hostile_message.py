# expect: runtime_error
class Nasty(Exception):
    def __str__(self):
        raise RuntimeError("no message for you")


class Solution:
    def search(self, nums, target):
        raise Nasty()
