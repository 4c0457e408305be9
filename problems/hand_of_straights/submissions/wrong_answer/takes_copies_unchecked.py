class Solution:
    def isNStraightHand(self, hand: List[int], groupSize: int) -> bool:
        if len(hand) % groupSize:
            return False
        count = Counter(hand)
        for low in sorted(count):
            copies = count[low]
            if copies <= 0:
                continue
            for card in range(low, low + groupSize):
                if count[card] == 0:
                    return False
                count[card] -= copies  # may go negative: fewer copies than needed
        return True
