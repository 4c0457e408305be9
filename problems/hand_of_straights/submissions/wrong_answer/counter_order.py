class Solution:
    def isNStraightHand(self, hand: List[int], groupSize: int) -> bool:
        if len(hand) % groupSize:
            return False
        count = Counter(hand)
        for card in count:  # in order of first appearance, not from the smallest
            while count[card] > 0:
                for nxt in range(card, card + groupSize):
                    if count[nxt] <= 0:
                        return False
                    count[nxt] -= 1
        return True
