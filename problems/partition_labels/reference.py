class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        last = {c: i for i, c in enumerate(s)}
        sizes = []
        start = end = 0
        for i, c in enumerate(s):
            end = max(end, last[c])  # the part must reach every copy of its letters
            if i == end:
                sizes.append(end - start + 1)
                start = i + 1
        return sizes
