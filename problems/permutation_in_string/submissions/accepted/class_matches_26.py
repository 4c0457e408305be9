class Solution:
    def checkInclusion(self, s1: str, s2: str) -> bool:
        if len(s1) > len(s2):
            return False

        want, have = [0] * 26, [0] * 26
        for a, b in zip(s1, s2):
            want[ord(a) - ord("a")] += 1
            have[ord(b) - ord("a")] += 1

        # how many of the 26 letters have the same count in s1 and in the window
        equal = sum(1 for x, y in zip(want, have) if x == y)

        for right in range(len(s1), len(s2)):
            if equal == 26:
                return True
            left = right - len(s1)

            i = ord(s2[right]) - ord("a")
            have[i] += 1
            if have[i] == want[i]:
                equal += 1
            elif have[i] == want[i] + 1:
                equal -= 1

            i = ord(s2[left]) - ord("a")
            have[i] -= 1
            if have[i] == want[i]:
                equal += 1
            elif have[i] == want[i] - 1:
                equal -= 1

        return equal == 26
