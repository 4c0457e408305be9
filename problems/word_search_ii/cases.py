import random
import string

from hypothesis import strategies as st

from judge.authoring.grids import exactly, grid_error

MAX_SIDE = 12
MAX_WORDS = 30_000
MAX_WORD_LEN = 10

EXAMPLES = [
    {
        "args": {
            "board": [["c", "a", "t", "s"], ["o", "r", "e", "d"], ["d", "o", "g", "x"]],
            "words": ["cat", "cats", "core", "dog", "code", "red", "tax"],
        },
        "expected": ["cat", "cats", "core", "dog", "red"],
    },
    {"args": {"board": [["a", "b"], ["c", "d"]], "words": ["abdc", "abcd", "ad"]}, "expected": ["abdc"]},
    {"args": {"board": [["z"]], "words": ["z", "zz"]}, "expected": ["z"]},
]


def _grid(rows, cols, rng, alphabet):
    return [[rng.choice(alphabet) for _ in range(cols)] for _ in range(rows)]


def _walk(board, rng, length):
    """The letters along a random path that never revisits a cell (may stop early)."""
    rows, cols = len(board), len(board[0])
    r, c = rng.randrange(rows), rng.randrange(cols)
    seen = {(r, c)}
    out = [board[r][c]]
    while len(out) < length:
        steps = [(r + dr, c + dc) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
                 if 0 <= r + dr < rows and 0 <= c + dc < cols and (r + dr, c + dc) not in seen]
        if not steps:
            break
        r, c = rng.choice(steps)
        seen.add((r, c))
        out.append(board[r][c])
    return "".join(out)


def _many_words(count, min_len, max_len, planted, seed, board_letters=26):
    rng = random.Random(seed)
    board = _grid(MAX_SIDE, MAX_SIDE, rng, string.ascii_lowercase[:board_letters])
    words = set()
    while len(words) < planted:
        words.add(_walk(board, rng, rng.randint(min_len, max_len)))
    while len(words) < count:
        words.add("".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(min_len, max_len))))
    words = sorted(words)
    rng.shuffle(words)
    return {"board": board, "words": words}


def _one_letter_board(seed):
    """Every cell "a"; the maximum number of words, nearly all "a" and then letters the
    board lacks. A trie stops one step from each cell; searching word by word starts
    from all 144 cells for every word."""
    rng = random.Random(seed)
    others = string.ascii_lowercase[1:]
    words = {"a", "aaa"} | {"a" + x for x in others} | {"a" + x + y for x in others for y in others}
    while len(words) < MAX_WORDS:
        words.add("a" + "".join(rng.choice(others) for _ in range(rng.randint(3, 4))))
    words = sorted(words)
    rng.shuffle(words)
    return {"board": [["a"] * MAX_SIDE for _ in range(MAX_SIDE)], "words": words}


_SPIRAL = [["a", "b", "c", "d"], ["l", "m", "n", "e"], ["k", "p", "o", "f"], ["j", "i", "h", "g"]]

HIDDEN = [
    {"tag": "single cell, word too long", "args": {"board": [["a"]], "words": ["aa", "b", "ab"]}},
    {"tag": "a cell used twice", "args": {"board": [["a", "b"]], "words": ["aba", "ab", "ba", "bab"]}},
    {"tag": "word and its prefix", "args": {"board": [["a", "p", "p"], ["x", "e", "l"]],
                                            "words": ["apple", "app", "ap", "appl", "apples"]}},
    {"tag": "found along many paths", "args": {"board": [["a", "a"], ["a", "a"]],
                                               "words": ["a", "aa", "aaa", "aaaa", "aaaaa"]}},
    {"tag": "diagonal neighbours do not count", "args": {"board": [["a", "x"], ["y", "b"]],
                                                         "words": ["ab", "ba", "xy", "axb", "ayb"]}},
    {"tag": "spiral through every cell", "args": {"board": _SPIRAL,
                                                  "words": ["abcdefghij", "abcdefghik", "ponmlkj", "mnop", "mnopa"]}},
    {"tag": "dead end before the right path", "args": {"board": [["a", "b"], ["c", "d"]],
                                                       "words": ["abd", "acdb", "bdca", "dcab"]}},
    {"tag": "nothing found", "args": {"board": [["q", "w"], ["e", "r"]], "words": ["zzz", "qr", "we", "qwrz"]}},
    {"tag": "letters missing from the board", "args": {"board": [["k", "i", "t", "e"]],
                                                       "words": ["kite", "kites", "z", "tik"]}},
    {"tag": "tall board", "args": {"board": [[ch] for ch in "abcdefghijkl"],
                                   "words": ["abcdefghij", "lkjihgfedc", "ac", "l", "kl"]}},
    {"tag": "wide board", "args": {"board": [list("abcdefghijkl")],
                                   "words": ["cdefghijkl", "hgfedcba", "abd", "a", "jk"]}},
    {"tag": "all cells the same letter", "args": {"board": [["a"] * MAX_SIDE for _ in range(MAX_SIDE)],
                                                  "words": ["a" * k for k in range(1, MAX_WORD_LEN + 1)]}},
    {"tag": "same start, different endings", "args": {"board": [["s", "e", "e"], ["e", "a", "s"], ["a", "t", "e"]],
                                                      "words": ["sea", "seas", "seat", "sees", "set", "eat", "tea", "teas", "ease"]}},
    {"tag": "word reused by another word's path", "args": {"board": [["o", "a", "t"], ["b", "t", "h"], ["o", "a", "t"]],
                                                           "words": ["oat", "boat", "bat", "that", "hat", "bot", "oath", "tho"]}},
    {"tag": "max board, max number of words", "args": _many_words(MAX_WORDS, 1, 4, 1000, 212, 13)},
    {"tag": "max board, long words", "args": _many_words(3000, 8, MAX_WORD_LEN, 1000, 2121)},
    {"tag": "max words, one letter fills the board", "args": _one_letter_board(2124)},
    {"tag": "single letter words", "args": {"board": [["x", "y"], ["y", "x"]], "words": list("abcxyz")}},
    {"tag": "one word, found", "args": {"board": [["h", "i"], ["o", "j"]], "words": ["hoji"]}},
]


@st.composite
def _inputs(draw):
    if draw(st.booleans()):  # small boards and words over few letters
        alphabet = draw(st.sampled_from(["ab", "abc", "abcd"]))
        rows, cols = draw(st.integers(1, 4)), draw(st.integers(1, 4))
        letter = st.sampled_from(alphabet)
        board = draw(st.lists(st.lists(letter, min_size=cols, max_size=cols), min_size=rows, max_size=rows))
        words = draw(st.lists(st.text(alphabet=alphabet, min_size=1, max_size=6), min_size=1, max_size=15, unique=True))
        return {"board": board, "words": words}
    # any size, from a drawn size and seed: some words read off the board, the rest
    # random; at most about 5 * 10^4 letters in all, so the longest words come fewer
    rows, cols = draw(st.integers(1, MAX_SIDE)), draw(st.integers(1, MAX_SIDE))
    max_len = draw(st.sampled_from([3, 6, MAX_WORD_LEN]))
    count = draw(st.integers(1, min(MAX_WORDS, 100_000 // (max_len + 1))))
    rng = random.Random(draw(st.integers(0, 2**32)))
    alphabet = string.ascii_lowercase[: rng.choice([3, 8, 26])]
    board = _grid(rows, cols, rng, alphabet)
    planted = rng.randint(0, min(count, 50))
    words = set()
    for _ in range(planted):
        words.add(_walk(board, rng, rng.randint(1, max_len)))
    attempts = 0
    while len(words) < count and attempts < 3 * count:
        attempts += 1
        words.add("".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(1, max_len))))
    words = sorted(words)
    rng.shuffle(words)
    return {"board": board, "words": words}


def inputs():
    return _inputs()


def valid(args):
    board, words = args["board"], args["words"]
    lower = set(string.ascii_lowercase)
    why = grid_error(board, MAX_SIDE, exactly(*lower), "board cells must be single lowercase letters")
    if why:
        return why
    if not 1 <= len(words) <= MAX_WORDS:
        return "number of words out of range"
    if any(not 1 <= len(w) <= MAX_WORD_LEN or not set(w) <= lower for w in words):
        return "words must have 1..10 lowercase letters"
    if len(set(words)) != len(words):
        return "words are not distinct"
    return None


def large(n, rng):
    # about n/2 cells and n/2 letters of words. Letters a..m sit on every other cell of
    # every other row, "z" fills the rest; words are a letter, a letter and "z", a
    # letter, "z" and a letter (these are found), or a letter followed by letters
    # that are never on the board. A trie search does constant work per cell here,
    # while searching word by word costs (number of words) x (start cells).
    first = "abcdefghijklm"
    tail = "nopqrstuvwxy"
    cols = max(1, n // 24)
    rows = MAX_SIDE if n >= 24 else 1
    board = [[rng.choice(first) if r % 2 == 0 and c % 2 == 0 else "z" for c in range(cols)]
             for r in range(rows)]
    words = set(first)
    words.update(a + "z" for a in first)
    words.update(a + "z" + b for a in first for b in first)
    words = set(rng.sample(sorted(words), min(len(words), max(1, n // 8))))
    letters = sum(map(len, words))
    while letters < n // 2:
        w = rng.choice(first) + "".join(rng.choice(tail) for _ in range(rng.randint(1, MAX_WORD_LEN - 1)))
        if w not in words:
            words.add(w)
            letters += len(w)
    words = sorted(words)
    rng.shuffle(words)
    return {"board": board, "words": words}


def check(args, expected, got):
    if type(got) is not list or len(got) != len(expected):
        return False
    if any(type(w) is not str for w in got):
        return False
    return sorted(got) == sorted(expected)
