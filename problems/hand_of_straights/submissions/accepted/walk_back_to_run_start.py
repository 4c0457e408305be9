# No sort: from any card, walk down to the start of its run of values and deal the
# straights from there.
class Solution:
    def isNStraightHand(self, hand, groupSize):
        count = collections.Counter(hand)
        for card in hand:
            start = card
            while count[start - 1]:
                start -= 1
            while start <= card:
                while count[start]:
                    for v in range(start, start + groupSize):
                        if not count[v]:
                            return False
                        count[v] -= 1
                start += 1
        return True
