class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        # a part ends at the last copy of its first letter, ignoring the letters inside
        res = []
        i = 0
        while i < len(s):
            end = s.rindex(s[i])
            res.append(end - i + 1)
            i = end + 1
        return res
