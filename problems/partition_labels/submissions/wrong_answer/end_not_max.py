class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        last = {c: i for i, c in enumerate(s)}
        res = []
        start = end = 0
        for i, c in enumerate(s):
            end = last[c]  # forgets the letters seen earlier in the part
            if i == end:
                res.append(end - start + 1)
                start = i + 1
        return res
