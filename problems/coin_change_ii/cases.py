import random

from hypothesis import strategies as st

MAX_COINS = 300
TOP = 5000  # the largest coin and the largest amount
LIMIT = 2**31 - 1

EXAMPLES = [
    {"args": {"amount": 5, "coins": [1, 2, 5]}, "expected": 4},
    {"args": {"amount": 3, "coins": [2]}, "expected": 0},
    {"args": {"amount": 10, "coins": [10]}, "expected": 1},
]


def _ways(amount, coins):
    ways = [1] + [0] * amount
    for coin in coins:
        for total in range(coin, amount + 1):
            ways[total] += ways[total - coin]
    return ways[amount]


_rng = random.Random(518)
_BIG = list(range(TOP - MAX_COINS + 1, TOP + 1))
_rng.shuffle(_BIG)
_EVEN = list(range(2, 2 * MAX_COINS + 1, 2))
_rng.shuffle(_EVEN)
_MID = _rng.sample(range(1500, TOP + 1), MAX_COINS)

HIDDEN = [
    {"tag": "amount 0: one way, no coins", "args": {"amount": 0, "coins": [7]}},
    {"tag": "amount 0 with a 1-coin", "args": {"amount": 0, "coins": [1, 2]}},
    {"tag": "coin larger than amount", "args": {"amount": 4, "coins": [5]}},
    {"tag": "only 1-coins", "args": {"amount": 9, "coins": [1]}},
    {"tag": "order does not count", "args": {"amount": 3, "coins": [1, 2]}},
    {"tag": "order does not count, three values", "args": {"amount": 6, "coins": [1, 2, 3]}},
    {"tag": "a coin is used many times", "args": {"amount": 12, "coins": [3]}},
    {"tag": "unsorted coins", "args": {"amount": 11, "coins": [5, 1, 10, 2]}},
    {"tag": "no coin of 1, some totals skipped", "args": {"amount": 13, "coins": [3, 5]}},
    {"tag": "largest coin equals amount", "args": {"amount": TOP, "coins": [TOP, 1]}},
    {"tag": "even coins, odd amount", "args": {"amount": 101, "coins": [2, 4, 6, 8]}},
    {"tag": "max amount, 1-2-5", "args": {"amount": TOP, "coins": [1, 2, 5]}},
    {"tag": "max amount, 1-2-3-4", "args": {"amount": TOP, "coins": [1, 2, 3, 4]}},
    {"tag": "answer close to 2^31", "args": {"amount": 1569, "coins": [1, 2, 3, 4, 5]}},
    {"tag": "max amount, coprime pair", "args": {"amount": 4999, "coins": [97, 89]}},
    {"tag": "max coins, all above half the amount", "args": {"amount": TOP, "coins": _BIG}},
    {"tag": "max coins, even, odd amount", "args": {"amount": 1999, "coins": _EVEN}},
    {"tag": "max coins, random values, max amount", "args": {"amount": TOP, "coins": _MID}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):  # small, drawn element by element
        coins = draw(st.lists(st.integers(1, 12), min_size=1, max_size=6, unique=True))
        amount = draw(st.integers(0, 40))
    else:  # up to the bounds, built from a seed
        seed = draw(st.integers(0, 2**32))
        rng = random.Random(seed)
        size = rng.choice([1, 3, 10, 50, 120, MAX_COINS])
        low = rng.choice([1, 10, 100, 1000])
        coins = rng.sample(range(low, TOP + 1), size)
        # a memoised recursion over (coin, total) takes about a microsecond per pair:
        # the product of the two stays below 600,000
        amount = rng.randint(0, min(TOP, 600_000 // size))
        # fewer coin values until the answer fits in 32 bits, as the statement promises
        while len(coins) > 1 and _ways(amount, coins) > LIMIT:
            coins = coins[: len(coins) // 2]
        while _ways(amount, coins) > LIMIT:
            amount //= 2
    return {"amount": amount, "coins": coins}


def inputs():
    return _inputs()


def valid(args):
    coins, amount = args.get("coins"), args.get("amount")
    if type(coins) is not list or not 1 <= len(coins) <= MAX_COINS:
        return "number of coins out of range"
    if any(type(c) is not int or not 1 <= c <= TOP for c in coins):
        return "coin value out of range"
    if len(set(coins)) != len(coins):
        return "repeated coin value"
    if type(amount) is not int or not 0 <= amount <= TOP:
        return "amount out of range"
    if _ways(amount, coins) > LIMIT:
        return "the answer does not fit in 32 bits"
    return None


def large(n, rng):
    # five coin values of at least 8 (a memoised recursion stays under n / 8 levels deep),
    # one of them odd so that most totals can be paid
    coins = [*rng.sample(range(8, 64, 2), 4), rng.randrange(9, 64, 2)]
    return {"amount": max(0, n), "coins": coins}
