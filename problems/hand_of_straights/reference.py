class Solution:
    def isNStraightHand(self, hand: List[int], groupSize: int) -> bool:
        if len(hand) % groupSize:
            return False
        count = Counter(hand)
        # The smallest card left must start a straight; take as many straights from it as
        # it has copies, all at once.
        for low in sorted(count):
            copies = count[low]
            if copies == 0:
                continue
            for card in range(low, low + groupSize):
                if count[card] < copies:
                    return False
                count[card] -= copies
        return True
