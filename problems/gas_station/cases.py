import random
from collections import deque

from hypothesis import strategies as st

MAX_N = 100_000
MAX_V = 10_000

EXAMPLES = [
    {"args": {"gas": [2, 3, 4, 1], "cost": [3, 1, 2, 3]}, "expected": 1},
    {"args": {"gas": [1, 2, 2], "cost": [2, 2, 2]}, "expected": -1},
    {"args": {"gas": [4], "cost": [4]}, "expected": 0},
]


def working_starts(gas, cost, limit=2):
    """The stations a full circle can start from (at most `limit` of them)."""
    n = len(gas)
    prefix = [0]  # fuel balance over the road driven twice round
    for k in range(2 * n):
        prefix.append(prefix[-1] + gas[k % n] - cost[k % n])
    window = deque()  # indices of prefix[s+1 .. s+n], increasing values
    found = []
    for j in range(1, 2 * n + 1):
        while window and prefix[window[-1]] >= prefix[j]:
            window.pop()
        window.append(j)
        s = j - n
        if s < 0:
            continue
        while window[0] <= s:
            window.popleft()
        if s < n and prefix[window[0]] >= prefix[s]:
            found.append(s)
            if len(found) >= limit:
                break
    return found


def _from_balance(heights, start, rng):
    """gas and cost for a road whose fuel balance, driving from `start`, is `heights`.

    heights[k] is the tank after k legs (heights[0] == 0, heights[n] the total); when
    every heights[1..n-1] is above heights[n] >= 0, `start` is the only answer."""
    n = len(heights) - 1
    gas, cost = [0] * n, [0] * n
    for k in range(n):
        d = heights[k + 1] - heights[k]
        base = rng.randint(0, MAX_V - abs(d)) if rng else 0
        i = (start + k) % n
        gas[i], cost[i] = max(d, 0) + base, max(-d, 0) + base
    return gas, cost


def _sawtooth(n, start, total=0):
    """A unique answer at `start`, where every other start runs dry within a few legs."""
    teeth = max(1, (n - 1) // 20 + 1)
    heights = [0]
    for k in range(1, n):
        tooth, pos = divmod(k - 1, 20)
        heights.append(total + (teeth - tooth) + (19 - pos))
    heights.append(total)
    return _from_balance(heights, start, None)


def _road(gas, cost):
    return {"gas": gas, "cost": cost}


_LONG_0 = _road(*_sawtooth(MAX_N, 0))
_LONG_LAST = _road(*_sawtooth(MAX_N, MAX_N - 1, total=7))
_LONG_MID = _road(*_sawtooth(MAX_N, MAX_N // 2 + 3))
_rng = random.Random(134)
_GAS = [_rng.randint(0, 8) for _ in range(MAX_N)]  # one-digit values keep the case small
_LONG_NONE = _road(_GAS, [g + 1 for g in _GAS])

HIDDEN = [
    {"tag": "one station, too little fuel", "args": {"gas": [3], "cost": [4]}},
    {"tag": "one station, nothing at all", "args": {"gas": [0], "cost": [0]}},
    {"tag": "one station, fuel to spare", "args": {"gas": [5], "cost": [1]}},
    {"tag": "tank empty on arrival back", "args": {"gas": [1, 0], "cost": [0, 1]}},
    {"tag": "fuel runs exactly even, start last", "args": {"gas": [1, 1, 1, 2], "cost": [1, 1, 2, 1]}},
    {"tag": "start first, deficits later", "args": {"gas": [5, 1, 1], "cost": [1, 2, 2]}},
    {"tag": "restart after the failing station", "args": {"gas": [2, 0, 4], "cost": [1, 3, 1]}},
    {"tag": "short by one unit in total", "args": {"gas": [0, 2, 1], "cost": [2, 1, 1]}},
    {"tag": "richest station is not the start", "args": {"gas": [3, 0, 5, 0, 2], "cost": [0, 1, 0, 8, 0]}},
    {"tag": "extreme values, two stations", "args": {"gas": [0, MAX_V], "cost": [MAX_V, 0]}},
    {"tag": "extreme values, short by one", "args": {"gas": [MAX_V, MAX_V - 1], "cost": [MAX_V, MAX_V]}},
    {"tag": "no fuel anywhere", "args": {"gas": [0, 0, 0], "cost": [1, 0, 0]}},
    {"tag": "several failed restarts", "args": {"gas": [1, 1, 1, 1, 9], "cost": [2, 2, 2, 2, 1]}},
    {"tag": "largest road, start first", "args": _LONG_0},
    {"tag": "largest road, start last", "args": _LONG_LAST},
    {"tag": "largest road, start in the middle", "args": _LONG_MID},
    {"tag": "largest road, impossible", "args": _LONG_NONE},
]


def _unique_road(rng, n):
    total = rng.randint(0, 20)
    if n <= 500:  # any shape
        spread = rng.choice([1, 5, 100, MAX_V - total])
        heights = [0] + [rng.randint(total + 1, total + spread) for _ in range(n - 1)] + [total]
    else:  # a shape where every wrong start runs dry soon (see HIDDEN's _sawtooth)
        heights = [total]
        bottom = total + 1
        while len(heights) < n:
            tooth = [bottom]
            for _ in range(min(rng.randint(20, 40), n - len(heights)) - 1):
                tooth.append(tooth[-1] + rng.randint(1, 3))
            heights.extend(tooth)
            bottom += 1
        heights.append(0)
        heights.reverse()
    return _from_balance(heights, rng.randrange(n), rng)


def _make_impossible(gas, cost):
    if sum(gas) >= sum(cost):
        gas, cost = cost, gas
    if sum(gas) == sum(cost):  # still even: take one unit of fuel away
        i = next((i for i, g in enumerate(gas) if g > 0), None)
        if i is None:
            cost[0] = 1
        else:
            gas[i] -= 1
    return gas, cost


@st.composite
def _inputs(draw):
    kind = draw(st.sampled_from(["small", "unique", "long impossible"]))
    if kind == "small":
        n = draw(st.integers(1, 8))
        value = st.integers(0, draw(st.sampled_from([3, MAX_V])))
        gas = draw(st.lists(value, min_size=n, max_size=n))
        cost = draw(st.lists(value, min_size=n, max_size=n))
        if len(working_starts(gas, cost)) > 1:  # the answer must be unique
            gas, cost = _make_impossible(gas, cost)
        return _road(gas, cost)
    size = draw(st.one_of(st.integers(1, 30), st.integers(1, MAX_N)))
    rng = random.Random(draw(st.integers(0, 2**32)))
    if kind == "unique":
        return _road(*_unique_road(rng, size))
    high = rng.choice([3, MAX_V])
    least_cost = 0 if size <= 500 else high // 3  # long roads: every start runs dry soon
    gas = [rng.randint(0, high) for _ in range(size)]
    cost = [rng.randint(least_cost, high) for _ in range(size)]
    return _road(*_make_impossible(gas, cost))


def inputs():
    return _inputs()


def valid(args):
    gas, cost = args["gas"], args["cost"]
    if type(gas) is not list or type(cost) is not list or len(gas) != len(cost):
        return "gas and cost differ in length"
    if not 1 <= len(gas) <= MAX_N:
        return "length out of range"
    if any(type(v) is not int or not 0 <= v <= MAX_V for v in gas + cost):
        return "value out of range"
    if len(working_starts(gas, cost)) > 1:
        return "more than one start works"
    return None


def large(n, rng):
    # The balance from the answer (the last station) never dips until the very end,
    # so trying each start in turn drives almost all the way round every time.
    total = rng.randint(0, 3)
    heights = [0]
    h = total + 1
    for _ in range(n - 1):
        heights.append(h)
        if h < MAX_V and rng.random() < 0.05:
            h += 1
    heights.append(total)
    return _road(*_from_balance(heights, n - 1, rng))
