# expect: runtime_error wrong_answer
class Liar:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = object.__hash__


class Solution:
    def search(self, nums, target):
        return Liar()
