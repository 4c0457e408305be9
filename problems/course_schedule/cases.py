import random

from hypothesis import strategies as st

MAX_COURSES = 2000
MAX_PAIRS = 5000


def _dag(courses, pairs, rng, chain=False):
    """`pairs` distinct prerequisite pairs without a cycle, on a random order of the courses.

    With chain=True the first pairs link every course to the next one in that order,
    so the only valid schedule is one long path."""
    order = list(range(courses))
    rng.shuffle(order)
    pairs = min(pairs, courses * (courses - 1) // 2)
    edges = set()
    if chain:
        edges.update((order[i + 1], order[i]) for i in range(min(courses - 1, pairs)))
    if pairs > courses * (courses - 1) // 4:  # dense: choose among every pair
        every = [(order[j], order[i]) for i in range(courses) for j in range(i + 1, courses)]
        rng.shuffle(every)
        for e in every:
            if len(edges) >= pairs:
                break
            edges.add(e)
    while len(edges) < pairs:
        i, j = int(rng.random() * courses), int(rng.random() * courses)
        if i < j:
            edges.add((order[j], order[i]))
        elif j < i:
            edges.add((order[i], order[j]))
    out = [list(e) for e in edges]
    rng.shuffle(out)
    return out, order


def _with_back_edge(courses, pairs, seed):
    """A chained DAG whose last pair closes a cycle (from the first course to a late one)."""
    rng = random.Random(seed)
    edges, order = _dag(courses, pairs - 1, rng, chain=True)
    edges.append([order[0], order[-1]])
    return edges


def _random_pairs(courses, pairs, rng):
    pairs = min(pairs, courses * courses)
    edges = set()
    while len(edges) < pairs:
        edges.add((int(rng.random() * courses), int(rng.random() * courses)))
    return [list(e) for e in edges]


def _stacked_diamonds(courses):
    """Diamonds k -> k+1, k+2 -> k+3, each joined to the next: many paths, no cycle."""
    pairs = []
    for k in range(0, courses - 3, 4):
        pairs += [[k + 1, k], [k + 2, k], [k + 3, k + 1], [k + 3, k + 2]]
        if k + 4 < courses:
            pairs.append([k + 4, k + 3])
    return pairs


_CHAIN = [[i + 1, i] for i in range(MAX_COURSES - 1)]

EXAMPLES = [
    {"args": {"numCourses": 2, "prerequisites": [[1, 0]]}, "expected": True},
    {"args": {"numCourses": 2, "prerequisites": [[1, 0], [0, 1]]}, "expected": False},
    {"args": {"numCourses": 4, "prerequisites": [[1, 0], [2, 0], [3, 1], [3, 2]]}, "expected": True},
    {"args": {"numCourses": 3, "prerequisites": [[0, 1], [1, 2], [2, 0]]}, "expected": False},
]

HIDDEN = [
    {"tag": "one course, no pairs", "args": {"numCourses": 1, "prerequisites": []}},
    {"tag": "one course requiring itself", "args": {"numCourses": 1, "prerequisites": [[0, 0]]}},
    {"tag": "self-requirement beside a valid chain",
     "args": {"numCourses": 5, "prerequisites": [[1, 0], [2, 1], [3, 2], [4, 4]]}},
    {"tag": "self-requirement at the end of a chain",
     "args": {"numCourses": 4, "prerequisites": [[1, 0], [2, 1], [3, 2], [3, 3]]}},
    {"tag": "two-course cycle among free courses",
     "args": {"numCourses": 6, "prerequisites": [[4, 5], [5, 4]]}},
    {"tag": "four-course cycle",
     "args": {"numCourses": 4, "prerequisites": [[1, 0], [2, 1], [3, 2], [0, 3]]}},
    {"tag": "cycle hanging off a valid start",
     "args": {"numCourses": 5, "prerequisites": [[1, 0], [2, 1], [3, 2], [4, 3], [2, 4]]}},
    {"tag": "diamond, listed backwards",
     "args": {"numCourses": 4, "prerequisites": [[0, 1], [0, 2], [1, 3], [2, 3]]}},
    {"tag": "shortcut pair next to a path",
     "args": {"numCourses": 3, "prerequisites": [[1, 0], [2, 1], [2, 0]]}},
    {"tag": "fewer pairs than courses, with a cycle",
     "args": {"numCourses": 10, "prerequisites": [[7, 3], [3, 8], [8, 7]]}},
    {"tag": "max courses, no pairs", "args": {"numCourses": MAX_COURSES, "prerequisites": []}},
    {"tag": "max courses, one long chain", "args": {"numCourses": MAX_COURSES, "prerequisites": _CHAIN}},
    {"tag": "max courses, chain closed into a cycle",
     "args": {"numCourses": MAX_COURSES, "prerequisites": [*_CHAIN, [0, MAX_COURSES - 1]]}},
    {"tag": "max courses, chain with a self-requirement in the middle",
     "args": {"numCourses": MAX_COURSES, "prerequisites": [*_CHAIN, [1000, 1000]]}},
    {"tag": "max courses, one course needs all others",
     "args": {"numCourses": MAX_COURSES, "prerequisites": [[0, i] for i in range(1, MAX_COURSES)]}},
    {"tag": "max courses, one course unlocks all others",
     "args": {"numCourses": MAX_COURSES, "prerequisites": [[i, 0] for i in range(1, MAX_COURSES)]}},
    {"tag": "max courses, stacked diamonds",
     "args": {"numCourses": MAX_COURSES, "prerequisites": _stacked_diamonds(MAX_COURSES)}},
    {"tag": "max pairs, no cycle",
     "args": {"numCourses": MAX_COURSES,
              "prerequisites": _dag(MAX_COURSES, MAX_PAIRS, random.Random(1), chain=True)[0]}},
    {"tag": "max pairs, one pair closes a cycle",
     "args": {"numCourses": MAX_COURSES, "prerequisites": _with_back_edge(MAX_COURSES, MAX_PAIRS, 2)}},
    {"tag": "max pairs on few courses, no cycle",
     "args": {"numCourses": 101, "prerequisites": _dag(101, MAX_PAIRS, random.Random(3))[0]}},
    {"tag": "max pairs, random",
     "args": {"numCourses": MAX_COURSES,
              "prerequisites": _random_pairs(MAX_COURSES, MAX_PAIRS, random.Random(4))}},
]


@st.composite
def _inputs(draw):
    kind = draw(st.sampled_from(["small", "small dag", "dag", "back edge", "random"]))
    if kind.startswith("small"):  # drawn pair by pair: shrinks well
        courses = draw(st.integers(1, 8))
        course = st.integers(0, courses - 1)
        pairs = draw(st.lists(st.lists(course, min_size=2, max_size=2), max_size=20,
                              unique_by=lambda p: tuple(p)))
        if kind == "small dag":  # keep only pairs that go forward in a drawn order
            order = draw(st.permutations(range(courses)))
            rank = {c: i for i, c in enumerate(order)}
            pairs = [[a, b] for a, b in pairs if rank[a] > rank[b]]
        return {"numCourses": courses, "prerequisites": pairs}
    courses = draw(st.integers(1, MAX_COURSES))
    pairs = draw(st.integers(0, MAX_PAIRS))
    seed = draw(st.integers(0, 2**32))
    rng = random.Random(seed)
    if kind == "dag":
        edges = _dag(courses, pairs, rng, chain=draw(st.booleans()))[0]
    elif kind == "back edge" and courses >= 2 and pairs >= 1:
        edges = _with_back_edge(courses, pairs, seed)
    else:
        edges = _random_pairs(courses, pairs, rng)
    return {"numCourses": courses, "prerequisites": edges}


def inputs():
    return _inputs()


def valid(args):
    courses, pairs = args["numCourses"], args["prerequisites"]
    if type(courses) is not int or not 1 <= courses <= MAX_COURSES:
        return "numCourses out of range"
    if type(pairs) is not list or len(pairs) > MAX_PAIRS:
        return "too many pairs"
    seen = set()
    for p in pairs:
        if type(p) is not list or len(p) != 2 or any(type(v) is not int for v in p):
            return "a pair is not two ints"
        if not (0 <= p[0] < courses and 0 <= p[1] < courses):
            return "a course number out of range"
        if tuple(p) in seen:
            return "a pair appears twice"
        seen.add(tuple(p))
    return None


def large(n, rng):
    courses = max(1, n // 3)
    edges, _ = _dag(courses, n - courses, rng, chain=True)
    return {"numCourses": courses, "prerequisites": edges}
