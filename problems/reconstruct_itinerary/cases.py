import random
import string

from hypothesis import strategies as st

MAX_TICKETS = 300


def _names(count, rng):
    """`count` distinct airport codes other than JFK."""
    names = set()
    while len(names) < count:
        code = "".join(rng.choice(string.ascii_uppercase) for _ in range(3))
        if code != "JFK":
            names.add(code)
    return sorted(names)


def _walk(tickets, airports, rng):
    """The tickets of a random trip from JFK: the trip itself uses each of them once."""
    here, out = "JFK", []
    for _ in range(tickets):
        there = rng.choice(airports)
        while there == here:
            there = rng.choice(airports)
        out.append([here, there])
        here = there
    rng.shuffle(out)
    return out


def _trap_chain(gadgets):
    """Backtracking's worst case: JFK's smallest destination leads into `gadgets` airports
    in a row, each with two round trips out and an onward ticket whose destination sorts
    first; the chain ends in a sink while a round trip from JFK is still unused. A search
    that tries destinations in order and undoes dead ends walks every order of the round
    trips before it goes back to JFK."""
    hubs = [f"B{chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(gadgets)]
    tickets = [["JFK", hubs[0]], ["JFK", "ZZZ"], ["ZZZ", "JFK"]]
    for i, hub in enumerate(hubs):
        onward = hubs[i + 1] if i + 1 < gadgets else "BZZ"
        left, right = f"C{hub[1:]}", f"D{hub[1:]}"
        tickets += [[hub, onward], [hub, left], [left, hub], [hub, right], [right, hub]]
    return tickets


def _star(tickets):
    """JFK and back, again and again, to ever other airports: one long sorted scan at JFK."""
    names = _names(tickets // 2 + 1, random.Random(tickets))
    out = []
    for i in range(tickets // 2):
        out += [["JFK", names[i]], [names[i], "JFK"]]
    if tickets % 2:
        out.append(["JFK", names[-1]])
    return out


def _case(tag, tickets):
    return {"tag": tag, "args": {"tickets": tickets}}


def _shuffled(tickets, seed):
    out = [list(t) for t in tickets]
    random.Random(seed).shuffle(out)
    return out


EXAMPLES = [
    {
        "args": {"tickets": [["MUC", "LHR"], ["JFK", "MUC"], ["SFO", "SJC"], ["LHR", "SFO"]]},
        "expected": ["JFK", "MUC", "LHR", "SFO", "SJC"],
    },
    {
        "args": {"tickets": [["JFK", "SFO"], ["JFK", "ATL"], ["SFO", "ATL"], ["ATL", "JFK"], ["ATL", "SFO"]]},
        "expected": ["JFK", "ATL", "JFK", "SFO", "ATL", "SFO"],
    },
]

HIDDEN = [
    _case("one ticket", [["JFK", "AAA"]]),
    _case("smallest first flight is a dead end", [["JFK", "AAA"], ["JFK", "BBB"], ["BBB", "JFK"]]),
    _case(
        "dead end two stops out",
        [["JFK", "KUL"], ["JFK", "NRT"], ["NRT", "JFK"], ["KUL", "AAA"], ["NRT", "BBB"], ["BBB", "NRT"]],
    ),
    _case("the same ticket twice", [["JFK", "ATL"], ["ATL", "JFK"], ["JFK", "ATL"], ["ATL", "JFK"]]),
    _case("the same one-way ticket twice", [["JFK", "SFO"], ["SFO", "JFK"], ["JFK", "SFO"]]),
    _case("codes that share two letters", [["JFK", "ABD"], ["JFK", "ABC"], ["ABC", "JFK"], ["ABD", "ABC"]]),
    _case("trip ends back at JFK", [["JFK", "LAX"], ["LAX", "SEA"], ["SEA", "JFK"]]),
    _case(
        "a loop to take before the way out",
        [["JFK", "AXA"], ["AXA", "EZE"], ["EZE", "AXA"], ["AXA", "TIA"], ["TIA", "ANU"], ["ANU", "JFK"]],
    ),
    _case(
        "two dead-end choices in a row",
        [["JFK", "AAA"], ["JFK", "CCC"], ["CCC", "JFK"], ["CCC", "BBB"], ["BBB", "CCC"], ["AAA", "DDD"]],
    ),
    _case(
        "listed out of order", _shuffled([["JFK", "SYD"], ["SYD", "LIM"], ["LIM", "MEX"], ["MEX", "YYZ"]], 1)
    ),
    _case("max tickets, round trips from JFK", _shuffled(_star(MAX_TICKETS), 2)),
    _case(
        "max tickets, back and forth between two airports",
        _shuffled(_walk(MAX_TICKETS, ["JFK", "AAA"], random.Random(3)), 3),
    ),
    _case("max tickets, few airports", _walk(MAX_TICKETS, ["JFK", "ATL", "SFO", "LAX"], random.Random(4))),
    _case("max tickets, many airports", _walk(MAX_TICKETS, _names(120, random.Random(5)), random.Random(6))),
    _case("max tickets, dead ends for a backtracking search", _shuffled(_trap_chain(59), 7)),
    _case("a dozen nested dead ends", _shuffled(_trap_chain(12), 8)),
]


@st.composite
def _small(draw):
    airports = draw(
        st.sampled_from([["JFK", "AAA"], ["JFK", "AAA", "AAB"], ["JFK", "ATL", "SFO", "ABC", "ZZZ"]])
    )
    steps = draw(st.lists(st.sampled_from(airports), min_size=1, max_size=12))
    here, tickets = "JFK", []
    for there in steps:
        if there != here:
            tickets.append([here, there])
            here = there
    if not tickets:
        tickets = [["JFK", airports[1]]]
    order = draw(st.permutations(range(len(tickets))))
    return {"tickets": [tickets[i] for i in order]}


@st.composite
def _big(draw):
    count = draw(st.integers(1, MAX_TICKETS))
    rng = random.Random(draw(st.integers(0, 2**32)))
    airports = ["JFK", *_names(draw(st.integers(1, 150)), rng)]
    return {"tickets": _walk(count, airports, rng)}


def inputs():
    return st.one_of(_small(), _big())


def _code(s):
    return type(s) is str and len(s) == 3 and all(c in string.ascii_uppercase for c in s)


def _one_trip(tickets):
    """True when one trip from JFK uses every ticket exactly once (an Euler trail)."""
    balance, onward = {}, {}
    for a, b in tickets:
        balance[a] = balance.get(a, 0) + 1
        balance[b] = balance.get(b, 0) - 1
        onward.setdefault(a, []).append(b)
    if balance.get("JFK", 0) not in (0, 1) or "JFK" not in onward:
        return False
    ends = [p for p, extra in balance.items() if p != "JFK" and extra != 0]
    if ends != [] and (balance["JFK"] != 1 or len(ends) != 1 or balance[ends[0]] != -1):
        return False
    seen, stack = {"JFK"}, ["JFK"]  # every ticket's start reachable from JFK
    while stack:
        for nxt in onward.get(stack.pop(), []):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return all(a in seen for a, _ in tickets)


def valid(args):
    tickets = args["tickets"]
    if type(tickets) is not list or not 1 <= len(tickets) <= MAX_TICKETS:
        return "number of tickets out of range"
    for t in tickets:
        if type(t) is not list or len(t) != 2 or not all(_code(s) for s in t):
            return "a ticket is not two three-letter uppercase codes"
        if t[0] == t[1]:
            return "a ticket from an airport to itself"
    if not _one_trip(tickets):
        return "the tickets do not make one trip from JFK"
    return None


def large(n, rng):
    # JFK's round trips listed in a random order: a search for the smallest destination
    # left at JFK reads all of them each time it comes back
    return {"tickets": _shuffled(_star(n), rng.randrange(2**32))}
