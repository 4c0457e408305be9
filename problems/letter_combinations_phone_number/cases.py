from hypothesis import strategies as st

KEYS = "23456789"
MAX_LEN = 4
GROWTH_MAX_LEN = 7  # 4^7 = 16,384 words: large() stops there

EXAMPLES = [
    {
        "args": {"digits": "29"},
        "expected": ["aw", "ax", "ay", "az", "bw", "bx", "by", "bz", "cw", "cx", "cy", "cz"],
    },
    {"args": {"digits": ""}, "expected": []},
    {"args": {"digits": "5"}, "expected": ["j", "k", "l"]},
]

HIDDEN = [
    {"tag": "empty", "args": {"digits": ""}},
    {"tag": "key 2", "args": {"digits": "2"}},
    {"tag": "key 7, four letters", "args": {"digits": "7"}},
    {"tag": "key 8, after the four-letter 7", "args": {"digits": "8"}},
    {"tag": "key 9, four letters, the last", "args": {"digits": "9"}},
    {"tag": "two keys", "args": {"digits": "34"}},
    {"tag": "same key twice", "args": {"digits": "66"}},
    {"tag": "descending keys", "args": {"digits": "986"}},
    {"tag": "two four-letter keys", "args": {"digits": "79"}},
    {"tag": "every key from 2 to 5", "args": {"digits": "2345"}},
    {"tag": "every key from 6 to 9", "args": {"digits": "6789"}},
    {"tag": "max length, one key", "args": {"digits": "2222"}},
    {"tag": "max length, four-letter keys", "args": {"digits": "9797"}},
    {"tag": "max length, all 9", "args": {"digits": "9999"}},
    {"tag": "max length, mixed", "args": {"digits": "5728"}},
    {"tag": "three keys, one four-letter", "args": {"digits": "473"}},
]


def inputs():
    return st.text(alphabet=KEYS, max_size=MAX_LEN).map(lambda digits: {"digits": digits})


def valid(args):
    digits = args["digits"]
    if type(digits) is not str or len(digits) > MAX_LEN:
        return "length out of range"
    if any(d not in KEYS for d in digits):
        return "not a key from 2 to 9"
    return None


def large(n, rng):
    # n counts two per digit: n // 2 keys of four letters each, 2^n words
    size = max(1, min(n // 2, GROWTH_MAX_LEN))
    return {"digits": "".join(rng.choice("79") for _ in range(size))}


def check(args, expected, got):
    """Right when `got` holds every word once, in any order."""
    try:
        if type(got) is not list or len(got) != len(expected):
            return False
        if any(type(w) is not str for w in got):
            return False
        return set(got) == set(expected)
    except Exception:
        return False
