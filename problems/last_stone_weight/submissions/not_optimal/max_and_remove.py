# scan for the two heaviest and remove them every round: O(n^2), fine for 30 stones
def lastStoneWeight(stones):
    while len(stones) > 1:
        y = max(stones)
        stones.remove(y)
        x = max(stones)
        stones.remove(x)
        if y > x:
            stones.append(y - x)
    return stones[0] if stones else 0
