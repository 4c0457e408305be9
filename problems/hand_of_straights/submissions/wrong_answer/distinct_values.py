def isNStraightHand(hand, groupSize):
    if len(hand) % groupSize:
        return False
    values = sorted(set(hand))
    # checks runs of distinct values only, forgetting how many copies each has
    run = 1
    for a, b in zip(values, values[1:]):
        if b == a + 1:
            run += 1
        else:
            if run % groupSize:
                return False
            run = 1
    return run % groupSize == 0
