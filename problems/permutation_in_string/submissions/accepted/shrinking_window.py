import collections


class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        # grow the window to the right; whenever a letter is over budget, shrink from the left
        budget = collections.Counter(s1)
        left = 0
        for right, c in enumerate(s2):
            budget[c] -= 1
            while budget[c] < 0:
                budget[s2[left]] += 1
                left += 1
            if right - left + 1 == len(s1):
                return True
        return False
