# for every letter, walk back from the end of the string to its last copy: O(n^2)
class Solution:
    def partitionLabels(self, s: str) -> List[int]:
        n = len(s)
        res = []
        start = end = 0
        for i in range(n):
            j = n - 1
            while s[j] != s[i]:
                j -= 1
            end = max(end, j)
            if i == end:
                res.append(end - start + 1)
                start = i + 1
        return res
