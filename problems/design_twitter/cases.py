import random

from hypothesis import strategies as st

MAX_USER = 500
MAX_TWEET = 10**4
MAX_CALLS = 3 * 10**4
NAMES = {"post": "postTweet", "feed": "getNewsFeed", "follow": "follow", "unfollow": "unfollow"}
METHODS = {name: kind for kind, name in NAMES.items()}
ARITY = {"postTweet": 2, "getNewsFeed": 1, "follow": 2, "unfollow": 2}


def _ops(*calls):
    """Operations and arguments from calls: ("post", user, tweet), ("feed", user),
    ("follow", a, b), ("unfollow", a, b)."""
    return {
        "operations": ["Twitter"] + [NAMES[c[0]] for c in calls],
        "arguments": [[]] + [list(c[1:]) for c in calls],
    }


EXAMPLES = [
    {
        "args": _ops(
            ("post", 1, 40),
            ("post", 2, 7),
            ("feed", 1),
            ("feed", 3),
            ("follow", 1, 2),
            ("feed", 1),
            ("unfollow", 1, 2),
            ("feed", 1),
        ),
        "expected": [None, None, None, [40], [], None, [7, 40], None, [40]],
    },
    {
        "args": _ops(
            ("post", 5, 300),
            ("post", 6, 20),
            ("post", 5, 1),
            ("follow", 5, 6),
            ("feed", 5),
            ("unfollow", 5, 6),
            ("feed", 5),
        ),
        "expected": [None, None, None, None, None, [1, 20, 300], None, [1, 300]],
    },
]


def _posts(user, ids):
    return [("post", user, t) for t in ids]


def _random_calls(rng, size, users, shares):
    """`size` calls over `users`, kinds drawn with `shares` (post, feed, follow, unfollow);
    tweet ids unique and in random order, at most 10^4 + 1 posts."""
    ids = rng.sample(range(MAX_TWEET + 1), MAX_TWEET + 1)
    calls = []
    kinds = rng.choices(("post", "feed", "follow", "unfollow"), shares, k=size)
    for kind in kinds:
        if kind == "post" and not ids:
            kind = "feed"
        if kind == "post":
            calls.append(("post", rng.choice(users), ids.pop()))
        elif kind == "feed":
            calls.append(("feed", rng.choice(users)))
        else:  # LeetCode: a user never follows or unfollows themself
            a, b = rng.sample(users, 2)
            calls.append((kind, a, b))
    return calls


def _scan_trap(feeds):
    # the followee posted first, then 10^4 tweets by someone not followed: a feed that
    # scans all tweets from the newest reads every one of them before it finds ten
    calls = [("follow", 1, 2), *_posts(2, range(10)), *_posts(3, range(10, MAX_TWEET + 1))]
    return calls + [("feed", 1)] * feeds


def _sort_trap(feeds):
    # ten followees share 10^4 tweets, posted in turn at random: a feed that gathers
    # and sorts all of them merges ten runs of 1000 every time
    rng = random.Random(3550)
    calls = [("follow", 1, u) for u in range(2, 12)]
    calls += [("post", rng.randrange(2, 12), t) for t in range(MAX_TWEET, -1, -1)]
    return calls + [("feed", 1)] * feeds


_rng = random.Random(355)

HIDDEN = [
    {"tag": "only the constructor", "args": _ops()},
    {"tag": "feed of a user with no tweets", "args": _ops(("feed", 1), ("feed", MAX_USER))},
    {"tag": "exactly ten tweets", "args": _ops(*_posts(1, range(10)), ("feed", 1))},
    {"tag": "eleven tweets, the oldest drops", "args": _ops(*_posts(1, range(11)), ("feed", 1))},
    {"tag": "newest first, ids decreasing", "args": _ops(*_posts(2, range(20, 5, -1)), ("feed", 2))},
    {
        "tag": "following brings older tweets",
        "args": _ops(
            ("post", 2, 11), ("post", 2, 12), ("post", 1, 10), ("feed", 1), ("follow", 1, 2), ("feed", 1)
        ),
    },
    {
        "tag": "unfollow someone not followed",
        "args": _ops(
            ("post", 1, 3), ("post", 2, 4), ("unfollow", 1, 2), ("feed", 1), ("unfollow", 1, 9), ("feed", 1)
        ),
    },
    {
        "tag": "follow twice, unfollow once",
        "args": _ops(
            ("post", 2, 8), ("follow", 1, 2), ("follow", 1, 2), ("feed", 1), ("unfollow", 1, 2), ("feed", 1)
        ),
    },
    {
        "tag": "own tweets stay after unfollowing everyone",
        "args": _ops(
            ("post", 7, 70),
            ("follow", 7, 8),
            ("post", 8, 80),
            ("unfollow", 7, 8),
            ("feed", 7),
            ("unfollow", 7, 8),
            ("post", 7, 71),
            ("feed", 7),
        ),
    },
    {
        "tag": "followed by a follower: no double counting",
        "args": _ops(
            ("follow", 4, 5), ("follow", 5, 4), *_posts(4, range(100, 112)), ("feed", 4), ("feed", 5)
        ),
    },
    {
        "tag": "following is one way",
        "args": _ops(("post", 1, 1), ("post", 2, 2), ("follow", 1, 2), ("feed", 2), ("feed", 1)),
    },
    {
        "tag": "following is not transitive",
        "args": _ops(
            ("post", 3, 33), ("follow", 2, 3), ("follow", 1, 2), ("post", 2, 22), ("feed", 1), ("feed", 2)
        ),
    },
    {
        "tag": "followee with no tweets",
        "args": _ops(("follow", 1, 2), ("feed", 1), ("post", 1, 5), ("feed", 1)),
    },
    {
        "tag": "smallest and largest ids",
        "args": _ops(
            ("post", 1, MAX_TWEET),
            ("post", MAX_USER, 0),
            ("follow", 1, MAX_USER),
            ("feed", 1),
            ("feed", MAX_USER),
            ("follow", MAX_USER, 1),
            ("feed", MAX_USER),
        ),
    },
    {
        "tag": "interleaved followees, merged by time",
        "args": _ops(
            ("follow", 1, 2),
            ("follow", 1, 3),
            *[("post", 2 + i % 3, 1000 - 37 * i) for i in range(25)],
            ("feed", 1),
            ("feed", 2),
            ("unfollow", 1, 3),
            ("feed", 1),
        ),
    },
    {
        "tag": "a feed before and after unfollow and refollow",
        "args": _ops(
            ("follow", 1, 2),
            *_posts(2, range(50, 55)),
            ("post", 1, 60),
            ("unfollow", 1, 2),
            ("feed", 1),
            ("follow", 1, 2),
            ("feed", 1),
        ),
    },
    {
        "tag": "many users, many calls",
        "args": _ops(*_random_calls(_rng, 6000, list(range(1, 30)), (4, 3, 2, 1))),
    },
    {
        "tag": "max number of calls, all users",
        "args": _ops(*_random_calls(_rng, MAX_CALLS, list(range(1, MAX_USER + 1)), (3, 3, 3, 1))),
    },
    {
        "tag": "max number of calls, one followee among many posters",
        "args": _ops(*_scan_trap(MAX_CALLS - 10_012)),
    },
    {
        "tag": "max number of calls, ten followees with every tweet",
        "args": _ops(*_sort_trap(MAX_CALLS - 10_011)),
    },
]


@st.composite
def _small_calls(draw):
    users = st.integers(1, 4) | st.integers(1, MAX_USER)
    kinds = draw(st.lists(st.sampled_from(("post", "post", "feed", "follow", "unfollow")), max_size=40))
    ids = draw(st.lists(st.integers(0, MAX_TWEET), min_size=len(kinds), max_size=len(kinds), unique=True))
    calls = []
    for kind, tweet in zip(kinds, ids, strict=True):
        if kind == "post":
            calls.append(("post", draw(users), tweet))
        elif kind == "feed":
            calls.append(("feed", draw(users)))
        else:  # LeetCode: a user never follows or unfollows themself
            a = draw(users)
            b = draw(users.filter(lambda u, a=a: u != a))
            calls.append((kind, a, b))
    return calls


@st.composite
def _inputs(draw):
    if draw(st.booleans()):
        return _ops(*draw(_small_calls()))
    # long sessions from a drawn size and seed: Hypothesis alone rarely draws them
    size = draw(st.integers(1, MAX_CALLS))
    rng = random.Random(draw(st.integers(0, 2**32)))
    users = list(range(1, rng.choice([3, 20, MAX_USER]) + 1))
    shares = rng.choice([(1, 1, 1, 1), (5, 2, 2, 1), (1, 3, 1, 1), (2, 2, 5, 5)])
    return _ops(*_random_calls(rng, size, users, shares))


def inputs():
    return _inputs()


def _user(x):
    return type(x) is int and 1 <= x <= MAX_USER


def valid(args):
    ops, argv = args["operations"], args["arguments"]
    if type(ops) is not list or type(argv) is not list or len(ops) != len(argv) or not ops:
        return "operations and arguments differ in length"
    if ops[0] != "Twitter" or argv[0] != []:
        return "the first call must be Twitter()"
    if len(ops) - 1 > MAX_CALLS:
        return "too many calls"
    seen = set()
    for op, a in zip(ops[1:], argv[1:], strict=True):
        if op not in ARITY:
            return f"unknown operation {op!r}"
        if type(a) is not list or len(a) != ARITY[op] or not _user(a[0]):
            return f"bad {op} arguments"
        if op == "postTweet":
            if type(a[1]) is not int or not 0 <= a[1] <= MAX_TWEET or a[1] in seen:
                return "tweet ids must be unique and in range"
            seen.add(a[1])
        elif op != "getNewsFeed":
            if not _user(a[1]):
                return f"bad {op} arguments"
            if a[0] == a[1]:
                return "a user never follows or unfollows themself"
    return None


def large(n, rng):
    # user 1 follows ten users who post a quarter of the calls; then forty users it does
    # not follow post another quarter; the rest are user 1's feeds. A feed that gathers
    # and sorts all of its followees' tweets, or scans every tweet from the newest until
    # it has ten, pays for a quarter of n each time. Ids are unique, in random order
    quarter = max(1, n // 4)
    ids = rng.sample(range(max(2 * quarter, MAX_TWEET + 1)), 2 * quarter)
    calls = [("follow", 1, u) for u in range(2, 12)]
    calls += [("post", rng.randrange(2, 12), ids.pop()) for _ in range(quarter)]
    calls += [("post", rng.randrange(12, 52), ids.pop()) for _ in range(quarter)]
    calls += [("feed", 1)] * max(1, n - len(calls))
    return _ops(*calls)
