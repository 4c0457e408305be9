import random

from hypothesis import strategies as st

MAX_STRS = 200
MAX_LEN = 200
ALPHABET = "".join(map(chr, range(256)))  # every one of the 256 ASCII (Latin-1) characters
# the characters people pick as delimiters or escapes, and the digits of length prefixes
TRICKY = "#,:;|<>/\\ \t\n\x00\x01\xff0123456789"

EXAMPLES = [
    {"args": {"strs": ["neet", "code", "love", "you"]}, "expected": ["neet", "code", "love", "you"]},
    {"args": {"strs": ["we", "say", ":", "yes"]}, "expected": ["we", "say", ":", "yes"]},
    {"args": {"strs": [""]}, "expected": [""]},
]

_R = random.Random(271)


def _text(rng, length, alphabet=ALPHABET):
    return "".join(rng.choice(alphabet) for _ in range(length))


HIDDEN = [
    {"tag": "two empty strings", "args": {"strs": ["", ""]}},
    {"tag": "empty strings around a word", "args": {"strs": ["", "a", ""]}},
    {"tag": "hash signs", "args": {"strs": ["#", "##", "a#b", "#"]}},
    {"tag": "looks like a length prefix", "args": {"strs": ["4#abcd", "3:abc", "1#", "0#"]}},
    {"tag": "digits only", "args": {"strs": ["12", "3", "0", "007", "10"]}},
    {"tag": "commas and semicolons", "args": {"strs": [",", "a,b", ";", ",,"]}},
    {
        "tag": "separators of several characters inside the strings",
        "args": {"strs": ["<|>", "a<|>b", "<sep>", "::", "|#|", "&&", "#;#", "\\n", "--", "<|><d"]},
    },
    {"tag": "escape characters", "args": {"strs": ["\\", "\\#", "/", "//#"]}},
    {"tag": "whitespace", "args": {"strs": [" ", "a b", "\t", "\n", "  "]}},
    {"tag": "NUL and control characters", "args": {"strs": ["\x00", "a\x00b", "\x01\x02", "\x7f"]}},
    {"tag": "characters above 127", "args": {"strs": ["\xff", "\xe9t\xe9", "\x80\x81", "\xa0"]}},
    {"tag": "every character once", "args": {"strs": [ALPHABET[:128], ALPHABET[128:]]}},
    {
        "tag": "lengths of one, two and three digits",
        "args": {"strs": ["x" * 9, "y" * 10, "z" * 99, "w" * 100]},
    },
    {"tag": "one string of max length", "args": {"strs": ["#" * MAX_LEN]}},
    {"tag": "max strings, all empty", "args": {"strs": [""] * MAX_STRS}},
    {
        "tag": "max strings, one character each",
        "args": {"strs": [_text(_R, 1, TRICKY) for _ in range(MAX_STRS)]},
    },
    {"tag": "max strings of max length", "args": {"strs": [_text(_R, MAX_LEN) for _ in range(MAX_STRS)]}},
    {
        "tag": "max strings of delimiters and digits",
        "args": {"strs": [_text(_R, _R.randint(0, MAX_LEN), TRICKY) for _ in range(MAX_STRS)]},
    },
]

_CHARS = st.sampled_from(TRICKY) | st.characters(min_codepoint=0, max_codepoint=255)


@st.composite
def _inputs(draw):
    if draw(st.booleans()):  # drawn character by character: shrinks well
        return {"strs": draw(st.lists(st.text(_CHARS, max_size=12), min_size=1, max_size=8))}
    # long lists and long strings: Hypothesis alone rarely draws them
    rng = random.Random(draw(st.integers(0, 2**32)))
    count = draw(st.integers(1, MAX_STRS))
    longest = draw(st.sampled_from([0, 3, MAX_LEN]))
    alphabet = draw(st.sampled_from([ALPHABET, TRICKY]))
    return {"strs": [_text(rng, rng.randint(0, longest), alphabet) for _ in range(count)]}


def inputs():
    return _inputs()


def valid(args):
    strs = args["strs"]
    if type(strs) is not list or not 1 <= len(strs) <= MAX_STRS:
        return "number of strings out of range"
    for i, s in enumerate(strs):
        if type(s) is not str or len(s) > MAX_LEN:
            return f"string {i} is not a string of at most {MAX_LEN} characters"
        if any(ord(c) > 255 for c in s):
            return f"string {i} holds a character outside the 256 ASCII ones"
    return None


def large(n, rng):
    # n counts the strings and their characters. Strings of 200 delimiters and digits, as many
    # as n holds: the same shape at every size, and within the constraints (200 strings of 200
    # characters) up to max_n; past it, more strings (timed only). A solution that rescans
    # everything for each string is quadratic here, and at max_n as slow as the constraints
    # let it be.
    count = max(1, -(-n // (MAX_LEN + 1)))  # each at most 200 characters
    each, extra = divmod(max(0, n - count), count)
    return {"strs": [_text(rng, each + (i < extra), TRICKY) for i in range(count)]}
