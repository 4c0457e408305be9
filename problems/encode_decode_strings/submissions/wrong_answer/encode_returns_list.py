class Solution:
    def encode(self, strs):
        return list(strs)

    def decode(self, s):
        return list(s)
