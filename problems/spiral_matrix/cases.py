import random

from hypothesis import strategies as st

MAX_SIDE = 10
LOW, HIGH = -100, 100

EXAMPLES = [
    {"args": {"matrix": [[1, 2, 3], [4, 5, 6]]}, "expected": [1, 2, 3, 6, 5, 4]},
    {"args": {"matrix": [[1, 2], [3, 4], [5, 6]]}, "expected": [1, 2, 4, 6, 5, 3]},
    {"args": {"matrix": [[7]]}, "expected": [7]},
]


def _grid(rows, cols, start=1):
    return [[start + r * cols + c for c in range(cols)] for r in range(rows)]


_rng = random.Random(54)


def _case(tag, matrix):
    return {"tag": tag, "args": {"matrix": matrix}}


HIDDEN = [
    _case("single row", [[1, 2, 3, 4]]),
    _case("zero in the top row", [[1, 0, 2], [3, 4, 5]]),
    _case("zeros in the grid", [[0, 1, 0], [2, 0, 3], [0, 4, 0]]),
    _case("single column", [[1], [2], [3]]),
    _case("two by two", _grid(2, 2)),
    _case("three by three, a centre cell", _grid(3, 3)),
    _case("four by four", _grid(4, 4)),
    _case("wide, inner single row", _grid(3, 5)),
    _case("tall, inner single column", _grid(5, 3)),
    _case("three by four", _grid(3, 4)),
    _case("four by three", _grid(4, 3)),
    _case("two rows, widest", _grid(2, MAX_SIDE)),
    _case("two columns, tallest", _grid(MAX_SIDE, 2)),
    _case("one row, widest", [list(range(-5, 5))]),
    _case("one column, tallest", [[v] for v in range(100, 90, -1)]),
    _case("all values equal", [[LOW] * 4 for _ in range(5)]),
    _case("negative values", [[-1, -2, -3], [-4, -5, -6], [-7, -8, -9], [-10, -11, -12]]),
    _case("largest grid", [[_rng.randint(LOW, HIGH) for _ in range(MAX_SIDE)] for _ in range(MAX_SIDE)]),
    _case("largest grid, numbered", _grid(MAX_SIDE, MAX_SIDE, start=-50)),
    _case("odd and even sides", _grid(7, 6)),
    _case("seven by nine", _grid(7, 9)),
]


@st.composite
def _inputs(draw):
    rows = draw(st.integers(1, MAX_SIDE))
    cols = draw(st.integers(1, MAX_SIDE))
    bound = draw(st.sampled_from([1, HIGH]))
    row = st.lists(st.integers(-bound, bound), min_size=cols, max_size=cols)
    return {"matrix": draw(st.lists(row, min_size=rows, max_size=rows))}


def inputs():
    return _inputs()


def valid(args):
    matrix = args["matrix"]
    if type(matrix) is not list or not 1 <= len(matrix) <= MAX_SIDE:
        return "row count out of range"
    if any(type(row) is not list for row in matrix):
        return "a row is not a list"
    cols = len(matrix[0])
    if not 1 <= cols <= MAX_SIDE or any(len(row) != cols for row in matrix):
        return "rows differ in length or column count out of range"
    if any(type(v) is not int or not LOW <= v <= HIGH for row in matrix for v in row):
        return "value out of range"
    return None


def large(n, rng):
    rows = max(1, int(n ** 0.5))
    cols = max(1, n // rows)
    return {"matrix": [[rng.randint(LOW, HIGH) for _ in range(cols)] for _ in range(rows)]}
