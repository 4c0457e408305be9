# Sorted, then every group found by scanning for untaken cards from the front: O(n^2)
# steps in Python, about 1.2 s of the 2 s limit on 10^4 cards of two values in pairs.
# (Scanning the unsorted hand for each card in turn takes 1.8 s on the slowest case: too
# slow or over the limit by the machine's load, so it is not a golden file.)
class Solution:
    def isNStraightHand(self, hand: List[int], groupSize: int) -> bool:
        if len(hand) % groupSize:
            return False
        hand.sort()
        taken = [False] * len(hand)
        for _ in range(len(hand) // groupSize):
            i = 0
            while taken[i]:  # the smallest card left starts the next group
                i += 1
            taken[i] = True
            j = i
            for want in range(hand[i] + 1, hand[i] + groupSize):
                while j < len(hand) and (taken[j] or hand[j] < want):
                    j += 1
                if j == len(hand) or hand[j] != want:
                    return False
                taken[j] = True
        return True
