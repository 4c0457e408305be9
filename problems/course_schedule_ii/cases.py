import random

from hypothesis import strategies as st

MAX_COURSES = 2000
BIG_PAIRS = 20000  # generated inputs stop here; the constraints allow numCourses * (numCourses - 1)


def _dag(courses, pairs, rng, chain=False):
    """`pairs` distinct prerequisite pairs without a cycle, on a random order of the courses.

    With chain=True the first pairs link every course to the next one in that order,
    so the only valid schedule is that order."""
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
    """A chained DAG plus one pair that closes a cycle (the first course needs the last)."""
    rng = random.Random(seed)
    edges, order = _dag(courses, pairs - 1, rng, chain=True)
    edges.append([order[0], order[-1]])
    return edges


def _random_pairs(courses, pairs, rng):
    pairs = min(pairs, courses * (courses - 1))
    edges = set()
    while len(edges) < pairs:
        a, b = int(rng.random() * courses), int(rng.random() * courses)
        if a != b:
            edges.add((a, b))
    return [list(e) for e in edges]


def _stacked_diamonds(courses):
    """Diamonds k -> k+1, k+2 -> k+3, each joined to the next: many orders, no cycle."""
    pairs = []
    for k in range(0, courses - 3, 4):
        pairs += [[k + 1, k], [k + 2, k], [k + 3, k + 1], [k + 3, k + 2]]
        if k + 4 < courses:
            pairs.append([k + 4, k + 3])
    return pairs


def _case(tag, courses, pairs):
    return {"tag": tag, "args": {"numCourses": courses, "prerequisites": pairs}}


_CHAIN = [[i + 1, i] for i in range(MAX_COURSES - 1)]

EXAMPLES = [
    {"args": {"numCourses": 2, "prerequisites": [[1, 0]]}, "expected": [0, 1]},
    {"args": {"numCourses": 4, "prerequisites": [[1, 0], [2, 0], [3, 1], [3, 2]]}, "expected": [0, 1, 2, 3]},
    {"args": {"numCourses": 1, "prerequisites": []}, "expected": [0]},
    {"args": {"numCourses": 3, "prerequisites": [[0, 1], [1, 2], [2, 0]]}, "expected": []},
]

HIDDEN = [
    _case("two courses, no pairs", 2, []),
    _case("two courses waiting for each other", 2, [[0, 1], [1, 0]]),
    _case("cycle among some courses, others free", 6, [[4, 5], [5, 4]]),
    _case("cycle hanging off a valid start", 5, [[1, 0], [2, 1], [3, 2], [4, 3], [2, 4]]),
    _case("four-course cycle", 4, [[1, 0], [2, 1], [3, 2], [0, 3]]),
    _case("diamond, listed backwards", 4, [[0, 1], [0, 2], [1, 3], [2, 3]]),
    _case("shortcut pair next to a path", 3, [[1, 0], [2, 1], [2, 0]]),
    _case("courses in no pair beside a chain", 7, [[3, 5], [5, 1]]),
    _case("numbers descending along the chain", 5, [[0, 1], [1, 2], [2, 3], [3, 4]]),
    _case("two separate chains", 6, [[1, 0], [2, 1], [4, 3], [5, 4]]),
    _case("max courses, no pairs", MAX_COURSES, []),
    _case("max courses, one long chain", MAX_COURSES, _CHAIN),
    _case("max courses, chain descending", MAX_COURSES, [[i, i + 1] for i in range(MAX_COURSES - 1)]),
    _case("max courses, chain closed into a cycle", MAX_COURSES, [*_CHAIN, [0, MAX_COURSES - 1]]),
    _case("max courses, one course needs all others", MAX_COURSES, [[0, i] for i in range(1, MAX_COURSES)]),
    _case("max courses, one course unlocks all others", MAX_COURSES, [[i, 0] for i in range(1, MAX_COURSES)]),
    _case("max courses, stacked diamonds", MAX_COURSES, _stacked_diamonds(MAX_COURSES)),
    _case(
        "max courses, many pairs, no cycle",
        MAX_COURSES,
        _dag(MAX_COURSES, BIG_PAIRS, random.Random(1), chain=True)[0],
    ),
    _case(
        "max courses, many pairs, one closes a cycle", MAX_COURSES, _with_back_edge(MAX_COURSES, BIG_PAIRS, 2)
    ),
    _case("every pair of 300 courses, no cycle", 300, _dag(300, 300 * 299 // 2, random.Random(3))[0]),
    _case("every pair of 300 courses and one back", 300, _with_back_edge(300, 300 * 299 // 2 + 1, 4)),
    _case("max courses, random pairs", MAX_COURSES, _random_pairs(MAX_COURSES, BIG_PAIRS, random.Random(5))),
]


@st.composite
def _inputs(draw):
    kind = draw(st.sampled_from(["small", "small dag", "dag", "dense dag", "back edge", "random"]))
    if kind.startswith("small"):  # drawn pair by pair: shrinks well
        courses = draw(st.integers(1, 8))
        course = st.integers(0, courses - 1)
        pairs = draw(
            st.lists(st.lists(course, min_size=2, max_size=2), max_size=20, unique_by=lambda p: tuple(p))
        )
        pairs = [p for p in pairs if p[0] != p[1]]
        if kind == "small dag":  # keep only pairs that go forward in a drawn order
            order = draw(st.permutations(range(courses)))
            rank = {c: i for i, c in enumerate(order)}
            pairs = [[a, b] for a, b in pairs if rank[a] > rank[b]]
        return {"numCourses": courses, "prerequisites": pairs}
    courses = draw(st.integers(1, 200 if kind == "dense dag" else MAX_COURSES))
    pairs = draw(st.integers(0, courses * courses if kind == "dense dag" else BIG_PAIRS))
    seed = draw(st.integers(0, 2**32))
    rng = random.Random(seed)
    if kind in ("dag", "dense dag"):
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
    if type(pairs) is not list or len(pairs) > courses * (courses - 1):
        return "too many pairs"
    seen = set()
    for p in pairs:
        if type(p) is not list or len(p) != 2 or any(type(v) is not int for v in p):
            return "a pair is not two ints"
        if not (0 <= p[0] < courses and 0 <= p[1] < courses):
            return "a course number out of range"
        if p[0] == p[1]:
            return "a course requires itself"
        if tuple(p) in seen:
            return "a pair appears twice"
        seen.add(tuple(p))
    return None


def check(args, expected, got):
    """Any order that takes every course once, each after its prerequisites; [] for a cycle."""
    if type(got) is not list or any(type(c) is not int for c in got):
        return False
    if expected == []:
        return got == []
    courses = args["numCourses"]
    if len(got) != courses:
        return False
    place = [-1] * courses
    for i, c in enumerate(got):
        if not 0 <= c < courses or place[c] != -1:
            return False
        place[c] = i
    return all(place[before] < place[course] for course, before in args["prerequisites"])


def large(n, rng):
    courses = max(2, n // 3)
    edges, _ = _dag(courses, n - courses, rng, chain=True)
    return {"numCourses": courses, "prerequisites": edges}
