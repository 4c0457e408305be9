import random
import string

from hypothesis import strategies as st

from judge.authoring.grids import exactly, grid_error

MAX_SIDE = 6
MAX_WORD = 15
LETTERS = string.ascii_letters

_B = [["S", "E", "A"], ["T", "A", "R"], ["O", "N", "E"]]

EXAMPLES = [
    {"args": {"board": _B, "word": "SEAR"}, "expected": True},
    {"args": {"board": _B, "word": "STONE"}, "expected": True},
    {"args": {"board": _B, "word": "TEAR"}, "expected": False},
    {"args": {"board": _B, "word": "EAE"}, "expected": False},
    {"args": {"board": [["q"]], "word": "q"}, "expected": True},
]

_ALL_A = [["A"] * MAX_SIDE for _ in range(MAX_SIDE)]
_SPIRAL = [list("abcd"), list("lmne"), list("kpof"), list("jihg")]
_CHECKER = [[("a", "b")[(r + c) % 2] for c in range(MAX_SIDE)] for r in range(MAX_SIDE)]


def _with(board, r, c, ch):
    b = [row[:] for row in board]
    b[r][c] = ch
    return b


HIDDEN = [
    {"tag": "single cell, longer word", "args": {"board": [["a"]], "word": "aa"}},
    {"tag": "single cell, other case", "args": {"board": [["a"]], "word": "A"}},
    {"tag": "a cell used twice", "args": {"board": [["A", "B"]], "word": "ABA"}},
    {"tag": "diagonal step needed", "args": {"board": [["a", "x"], ["y", "b"]], "word": "ab"}},
    {"tag": "spiral of 15 letters", "args": {"board": _SPIRAL, "word": "abcdefghijklmno"}},
    {"tag": "longer than the board", "args": {"board": [["a", "b"], ["d", "c"]], "word": "abcda"}},
    {"tag": "first branch is a dead end", "args": {"board": [["C", "A", "A"], ["A", "A", "A"], ["B", "C", "D"]],
                                                   "word": "AAB"}},
    {"tag": "backtrack and reuse the cells later", "args": {"board": [["a", "b", "c", "e"], ["s", "f", "e", "s"], ["a", "d", "e", "e"]],
                                                            "word": "abceseeefs"}},
    {"tag": "all the same letter, word absent", "args": {"board": _ALL_A, "word": "A" * 14 + "B"}},
    {"tag": "all the same letter, 15 letters", "args": {"board": _ALL_A, "word": "A" * MAX_WORD}},
    {"tag": "all the same letter, odd one in a corner", "args": {"board": _with(_ALL_A, 5, 5, "B"), "word": "A" * 14 + "B"}},
    {"tag": "checkerboard, missing letter", "args": {"board": _CHECKER, "word": "ab" * 7 + "c"}},
    {"tag": "not enough copies of a letter", "args": {"board": [["a", "b", "a"], ["b", "c", "b"]], "word": "aaa"}},
    {"tag": "single row", "args": {"board": [list("xyzzyx")], "word": "zyx"}},
    {"tag": "single column", "args": {"board": [[ch] for ch in "kayakQ"], "word": "ayakQ"}},
    {"tag": "word ends in the last cell", "args": {"board": [list("abc"), list("def"), list("ghi")], "word": "fi"}},
    {"tag": "uses every cell", "args": {"board": [list("abc"), list("fed")], "word": "abcdef"}},
    {"tag": "letters present, path missing", "args": {"board": [list("ab"), list("cd")], "word": "acbd"}},
    {"tag": "mixed case", "args": {"board": [list("aA"), list("Bb")], "word": "aAbB"}},
    # the board does not wrap around: a neighbour test that lets the column fall to -1
    # reaches the last column through Python's negative index
    {"tag": "first and last column are not neighbours", "args": {"board": [list("AXYC"), list("BZWD")],
                                                                 "word": "AC"}},
]


def _walk(board, rng, length):
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


@st.composite
def _inputs(draw):
    rows, cols = draw(st.integers(1, MAX_SIDE)), draw(st.integers(1, MAX_SIDE))
    rng = random.Random(draw(st.integers(0, 2**32)))
    alphabet = rng.choice(["ab", "abc", "aAbB", "xyzw", LETTERS])
    board = [[rng.choice(alphabet) for _ in range(cols)] for _ in range(rows)]
    length = draw(st.integers(1, MAX_WORD))
    if draw(st.booleans()):  # read off the board (may be shorter than asked), maybe changed
        word = _walk(board, rng, length)
        if draw(st.booleans()):
            i = rng.randrange(len(word))
            word = word[:i] + rng.choice(alphabet) + word[i + 1:]
    else:
        word = "".join(rng.choice(alphabet) for _ in range(length))
    return {"board": board, "word": word}


def inputs():
    return _inputs()


def valid(args):
    board, word = args["board"], args["word"]
    why = grid_error(board, MAX_SIDE, exactly(*LETTERS), "cells must be single English letters")
    if why:
        return why
    if type(word) is not str or not 1 <= len(word) <= MAX_WORD or any(ch not in LETTERS for ch in word):
        return "word must have 1..15 English letters"
    return None


def large(n, rng):
    # 6 rows and about n/6 columns of a..d; the word (12 letters) is read off a path
    # that ends in the only "e", in the far corner, so the whole board gets searched
    rows = MAX_SIDE if n >= MAX_SIDE else 1
    cols = max(2, n // rows)
    board = [[rng.choice("abcd") for _ in range(cols)] for _ in range(rows)]
    board[rows - 1][cols - 1] = "e"
    r, c = rows - 1, cols - 1
    path = [(r, c)]
    while len(path) < 12:  # walk left, zigzagging up and down
        steps = [(r + dr, c + dc) for dr, dc in ((0, -1), (1, 0), (-1, 0))
                 if 0 <= r + dr < rows and 0 <= c + dc < cols and (r + dr, c + dc) not in path]
        if not steps:
            break
        r, c = rng.choice(steps)
        path.append((r, c))
    word = "".join(board[r][c] for r, c in reversed(path))
    return {"board": board, "word": word}
