class Solution:
    def isNStraightHand(self, hand: List[int], groupSize: int) -> bool:
        if len(hand) % groupSize:
            return False
        hand.sort()
        # cuts the sorted hand into consecutive blocks: duplicates belong to other groups
        for start in range(0, len(hand), groupSize):
            for i in range(start + 1, start + groupSize):
                if hand[i] != hand[i - 1] + 1:
                    return False
        return True
