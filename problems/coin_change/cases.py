import random

from hypothesis import strategies as st

COIN_MAX = 2**31 - 1
MAX_COINS = 12
MAX_AMOUNT = 10_000

EXAMPLES = [
    {"args": {"coins": [1, 2, 5], "amount": 11}, "expected": 3},
    {"args": {"coins": [2], "amount": 3}, "expected": -1},
    {"args": {"coins": [1], "amount": 0}, "expected": 0},
]

HIDDEN = [
    {"tag": "amount 0 without a 1-coin", "args": {"coins": [5, 10], "amount": 0}},
    {"tag": "amount below every coin", "args": {"coins": [5, 10], "amount": 3}},
    {"tag": "one coin equals amount", "args": {"coins": [3, 7, 10], "amount": 10}},
    {"tag": "only 1-coins, answer equals amount", "args": {"coins": [1], "amount": 7}},
    {"tag": "greedy takes the largest and loses", "args": {"coins": [1, 3, 4], "amount": 6}},
    {"tag": "greedy gets stuck", "args": {"coins": [186, 419, 83, 408], "amount": 6249}},
    {"tag": "greedy overpays", "args": {"coins": [1, 5, 6, 9], "amount": 11}},
    {"tag": "same coin many times", "args": {"coins": [3, 5], "amount": 9}},
    {"tag": "even coins, odd amount", "args": {"coins": [2, 4, 6, 8], "amount": 9999}},
    {"tag": "coin at the value limit", "args": {"coins": [COIN_MAX], "amount": 2}},
    {"tag": "huge coin beside a 1-coin", "args": {"coins": [1, COIN_MAX], "amount": 2}},
    {"tag": "unsorted coins", "args": {"coins": [9, 1, 7, 3], "amount": 23}},
    {"tag": "max amount, only 1-coins", "args": {"coins": [1], "amount": MAX_AMOUNT}},
    {"tag": "max amount, single coin divides", "args": {"coins": [4], "amount": MAX_AMOUNT}},
    {"tag": "max amount, single coin does not divide", "args": {"coins": [7], "amount": MAX_AMOUNT}},
    {"tag": "max amount, 1-2-5", "args": {"coins": [1, 2, 5], "amount": MAX_AMOUNT}},
    {"tag": "max amount, twelve coins", "args": {"coins": list(range(1, 13)), "amount": 9999}},
    {"tag": "max amount, coprime pair", "args": {"coins": [97, 89], "amount": 9991}},
    {"tag": "max amount, unreachable", "args": {"coins": [97, 89], "amount": 89 * 97 - 89 - 97}},
]


@st.composite
def _inputs(draw):
    kind = draw(st.integers(0, 3))
    if kind == 0:  # small coins and amounts, drawn element by element
        coins = draw(st.lists(st.integers(1, 20), min_size=1, max_size=MAX_COINS))
        amount = draw(st.integers(0, 60))
    elif kind == 1:  # coin values anywhere in range, some useless
        coins = draw(st.lists(st.one_of(st.integers(1, 200), st.integers(1, COIN_MAX)),
                              min_size=1, max_size=MAX_COINS))
        amount = draw(st.integers(0, MAX_AMOUNT))
    else:  # large amounts, built from a seed
        seed = draw(st.integers(0, 2**32))
        rng = random.Random(seed)
        size = rng.randint(1, MAX_COINS)
        top = rng.choice([10, 100, 1000, MAX_AMOUNT])
        coins = [rng.randint(1, top) for _ in range(size)]
        amount = draw(st.integers(0, MAX_AMOUNT))
    return {"coins": coins, "amount": amount}


def inputs():
    return _inputs()


def valid(args):
    coins, amount = args.get("coins"), args.get("amount")
    if type(coins) is not list or not 1 <= len(coins) <= MAX_COINS:
        return "number of coins out of range"
    if any(type(c) is not int or not 1 <= c <= COIN_MAX for c in coins):
        return "coin value out of range"
    if type(amount) is not int or not 0 <= amount <= MAX_AMOUNT:
        return "amount out of range"
    return None


def large(n, rng):
    # coins of at least 8 keep a memoized recursion under ~2000 levels at n = 16384
    coins = rng.sample(range(8, 60), 4) + [rng.randint(60, 200)]
    return {"coins": coins, "amount": max(0, n)}
