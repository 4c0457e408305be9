def isNStraightHand(hand, groupSize):
    n = len(hand)
    if n % groupSize:
        return False
    taken = [False] * n
    for _ in range(n // groupSize):
        low = -1  # the smallest card left starts the next group
        for i in range(n):
            if not taken[i] and (low == -1 or hand[i] < hand[low]):
                low = i
        taken[low] = True
        for want in range(hand[low] + 1, hand[low] + groupSize):
            for i in range(n):  # look for a card of value `want`
                if not taken[i] and hand[i] == want:
                    taken[i] = True
                    break
            else:
                return False
    return True
