# expect: wrong_answer
class Solution:
    def search(self, nums, target):
        return False
