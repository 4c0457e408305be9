# expect: wrong_answer
class Sneaky(int):
    def __eq__(self, other):
        return True

    __hash__ = int.__hash__


class Solution:
    def search(self, nums, target):
        return Sneaky(0)
