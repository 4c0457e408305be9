"""The roundtrip kind (serialize/deserialize, encode/decode): one call does both, and
the anti-cheat: a str from encode, the input scrambled before decode, and the same
string decoded again by a fresh run of the source."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge.harness import codec, loader
from judge.problem import ProblemError, load_problem

TREE = {
    "kind": "roundtrip",
    "classes": ["Codec"],
    "encode": "serialize",
    "decode": "deserialize",
    "params": [{"name": "root", "type": "TreeNode", "passed": True}],
    "returns": "TreeNode",
    "returns_type": "Optional[TreeNode]",
}
STRINGS = {
    "kind": "roundtrip",
    "classes": ["Codec", "Solution"],
    "encode": "encode",
    "decode": "decode",
    "params": [{"name": "strs", "type": "", "passed": True}],
    "returns": "",
    "returns_type": "List[str]",
}

PREORDER = """
class Codec:
    def serialize(self, root):
        out = []
        def walk(node):
            if node is None:
                out.append("#")
                return
            out.append(str(node.val))
            walk(node.left)
            walk(node.right)
        walk(root)
        return ",".join(out)

    def deserialize(self, data):
        tokens = iter(data.split(","))
        def build():
            t = next(tokens)
            if t == "#":
                return None
            node = TreeNode(int(t))
            node.left = build()
            node.right = build()
            return node
        return build()
"""

LENGTHS = """
class {name}:
    def encode(self, strs):
        return "".join(f"{{len(s)}}:{{s}}" for s in strs)

    def decode(self, s):
        out, i = [], 0
        while i < len(s):
            j = s.index(":", i)
            n = int(s[i:j])
            out.append(s[j + 1 : j + 1 + n])
            i = j + 1 + n
        return out
"""


def judged(spec, source, args):
    entry, _ = loader.load(source, "s.py", spec)
    positional, built = codec.prepare(spec, args)
    return codec.finish(spec, built, entry(*positional))


def kind_of(answer):
    return answer[codec.MARKER] if codec.is_marker(answer) else None


@pytest.mark.parametrize("tree", [[], [1], [1, 2, 3, None, None, 4, 5], [-7, None, 12, 3]])
def test_an_honest_codec_gives_the_tree_back(tree):
    assert judged(TREE, PREORDER, {"root": tree}) == tree


@pytest.mark.parametrize("strs", [[], [""], ["a", "", "#3,x"], ["\x00\xff", "4:ab"]])
def test_an_honest_string_codec_gives_the_list_back_under_either_class_name(strs):
    for name in ("Codec", "Solution"):
        assert judged(STRINGS, LENGTHS.format(name=name), {"strs": strs}) == strs


def test_a_tuple_from_decode_reads_as_a_list():
    source = LENGTHS.format(name="Codec").replace("        return out", "        return tuple(out)")
    assert judged(STRINGS, source, {"strs": ["a", "b"]}) == ["a", "b"]


@pytest.mark.parametrize(
    "returned",
    ["root", "[root.val]", "type('S', (str,), {})('x')", "None"],
    ids=["tree", "list", "str subclass", "None"],
)
def test_encode_must_return_a_str(returned):
    source = f"class Codec:\n    def serialize(self, root):\n        return {returned}\n"
    source += "    def deserialize(self, data):\n        return None\n"
    got = judged(TREE, source, {"root": [1, 2]})
    assert kind_of(got) == "not_str" and "serialize() must return a string" in got["detail"]


def test_a_codec_that_keeps_the_input_tree_is_told_so():
    source = (
        "class Codec:\n    trees = {}\n    def serialize(self, root):\n        Codec.trees['k'] = root\n"
        "        return 'k'\n    def deserialize(self, data):\n        return Codec.trees[data]\n"
    )
    got = judged(TREE, source, {"root": [1, 2, 3]})
    assert kind_of(got) == "shared" and "holds nodes of the input tree" in got["detail"]


def test_the_input_tree_is_scrambled_before_decode():
    seen = []
    source = (
        "class Codec:\n    kept = []\n    def serialize(self, root):\n        Codec.kept.append(root)\n"
        "        return 'x'\n    def deserialize(self, data):\n"
        "        r = Codec.kept[-1]\n        SEEN.append((r.val, r.left, r.right))\n        return None\n"
    )
    entry, ns = loader.load(source, "s.py", TREE)
    ns["SEEN"] = seen
    positional, _ = codec.prepare(TREE, {"root": [5, 6, 7]})
    entry(*positional)
    assert seen == [(~5, None, None)]


def test_a_copy_kept_in_the_class_fails_the_fresh_decode():
    source = (
        "import copy\nclass Codec:\n    saved = None\n    def serialize(self, root):\n"
        "        Codec.saved = copy.deepcopy(root)\n        return ''\n"
        "    def deserialize(self, data):\n        return Codec.saved\n"
    )
    got = judged(TREE, source, {"root": [1, 2, 3]})
    assert kind_of(got) == "state" and "fresh copy" in got["detail"]


def test_a_string_list_kept_by_reference_is_scrambled_or_named():
    keep = (
        "class Codec:\n    kept = None\n    def encode(self, strs):\n        Codec.kept = strs\n"
        "        return ''\n    def decode(self, s):\n        return {answer}\n"
    )
    same = judged(STRINGS, keep.format(answer="Codec.kept"), {"strs": ["a", "b"]})
    assert kind_of(same) == "shared" and "the input list itself" in same["detail"]
    copied = judged(STRINGS, keep.format(answer="list(Codec.kept)"), {"strs": ["a", "b"]})
    assert kind_of(copied) == "state"  # and what it read was scrambled


def test_a_string_list_kept_as_a_copy_fails_the_fresh_decode():
    source = (
        "class Solution:\n    store = {}\n    def encode(self, strs):\n        t = str(len(self.store))\n"
        "        self.store[t] = list(strs)\n        return t\n    def decode(self, s):\n"
        "        return self.store[s]\n"
    )
    got = judged(STRINGS, source, {"strs": ["a", "#", ""]})
    assert kind_of(got) == "state" and "raised KeyError" in got["detail"]


def test_a_missing_class_or_method_is_an_entry_error():
    with pytest.raises(loader.LoadError, match="no class Codec or class Solution with methods encode"):
        loader.load("class Codec:\n    def encode(self, strs):\n        return ''\n", "s.py", STRINGS)


def _problem(tmp_path: Path, text: str) -> Path:
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "problem.toml").write_text('title = "T"\ndifficulty = "hard"\n' + text)
    return tmp_path / "p"


TOML = """kind = "roundtrip"
class = "Codec"
class_aliases = ["Solution"]
returns = "Optional[TreeNode]"
[[params]]
name = "root"
type = "Optional[TreeNode]"
[[methods]]
name = "serialize"
params = [{ name = "root", type = "TreeNode" }]
returns = "str"
[[methods]]
name = "deserialize"
params = [{ name = "data", type = "str" }]
returns = "TreeNode"
"""


def test_a_roundtrip_problem_s_spec(tmp_path):
    spec = load_problem(_problem(tmp_path, TOML)).spec()
    assert spec["kind"] == "roundtrip" and spec["classes"] == ["Codec", "Solution"]
    assert (spec["encode"], spec["decode"]) == ("serialize", "deserialize")
    assert spec["params"][0]["type"] == "TreeNode" and spec["returns"] == "TreeNode"


@pytest.mark.parametrize(
    ("cut", "message"),
    [
        (
            '[[methods]]\nname = "deserialize"\n'
            'params = [{ name = "data", type = "str" }]\nreturns = "TreeNode"\n',
            "two \\[\\[methods\\]\\]",
        ),
        ('class = "Codec"\n', "two \\[\\[methods\\]\\]"),
        ('[[params]]\nname = "root"\ntype = "Optional[TreeNode]"\n', "one \\[\\[params\\]\\]"),
    ],
)
def test_a_roundtrip_without_its_parts_is_refused(tmp_path, cut, message):
    text = TOML.replace(cut, "")
    assert text != TOML
    with pytest.raises(ProblemError, match=message):
        load_problem(_problem(tmp_path, text))


def test_an_unknown_kind_is_refused(tmp_path):
    with pytest.raises(ProblemError, match="kind"):
        load_problem(_problem(tmp_path, 'kind = "stream"\nfunction = "f"\n'))
