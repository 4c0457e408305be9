class Solution:
    def encode(self, strs):
        return "".join(str(len(s)) + s for s in strs)

    def decode(self, s):
        res, i = [], 0
        while i < len(s):
            j = i
            while j < len(s) and s[j].isdigit():  # also eats the digits the string starts with
                j += 1
            length = int(s[i:j])
            res.append(s[j : j + length])
            i = j + length
        return res
