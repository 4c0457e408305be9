import heapq


def lastStoneWeight(stones):
    h = [-x for x in stones]
    heapq.heapify(h)
    while len(h) > 1:
        y = heapq.heappop(h)
        x = h[0]
        if x == y:
            heapq.heappop(h)
        else:
            heapq.heapreplace(h, y - x)  # both negative: y - x is minus the difference
    return -h[0] if h else 0
