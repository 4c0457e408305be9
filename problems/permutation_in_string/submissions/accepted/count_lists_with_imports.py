from typing import List


class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        n1, n2 = len(s1), len(s2)
        if n1 > n2:
            return False
        want: List[int] = [0] * 26
        have: List[int] = [0] * 26
        for c in s1:
            want[ord(c) - 97] += 1
        for i in range(n2):
            have[ord(s2[i]) - 97] += 1
            if i >= n1:
                have[ord(s2[i - n1]) - 97] -= 1
            if i >= n1 - 1 and have == want:
                return True
        return False
