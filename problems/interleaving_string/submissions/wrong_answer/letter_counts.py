from collections import Counter


# compares how many of each letter there are, ignoring order
class Solution:
    def isInterleave(self, s1: str, s2: str, s3: str) -> bool:
        return Counter(s1) + Counter(s2) == Counter(s3)
