"""Intervals handed over as `Interval`s (`each = "Interval"`): NeetCode's `.start`/`.end`
style and LeetCode's `[start, end]` style run unchanged on the same problem."""

from __future__ import annotations

from pathlib import Path

import pytest

from judge.harness import codec, loader
from judge.problem import ProblemError, load_problem

SPEC = {
    "kind": "function",
    "function": "minMeetingRooms",
    "params": [{"name": "intervals", "type": "Interval[]", "passed": True}],
    "returns": "",
    "returns_type": "int",
}

NEETCODE_STYLE = '''
"""
Definition of Interval:
class Interval(object):
    def __init__(self, start, end):
        self.start = start
        self.end = end
"""

class Solution:
    def minMeetingRooms(self, intervals: List[Interval]) -> int:
        starts = sorted(i.start for i in intervals)
        ends = sorted(i.end for i in intervals)
        rooms = most = e = 0
        for s in starts:
            while e < len(ends) and ends[e] <= s:
                e += 1
                rooms -= 1
            rooms += 1
            most = max(most, rooms)
        return most
'''

LEETCODE_STYLE = """
class Solution:
    def minMeetingRooms(self, intervals: List[List[int]]) -> int:
        intervals.sort()
        free = []
        for start, end in intervals:
            if free and free[0] <= start:
                heapq.heapreplace(free, end)
            else:
                heapq.heappush(free, end)
        return len(free)
"""


def judged(source: str, rows: list[list[int]]) -> object:
    entry, _ = loader.load(source, "s.py", SPEC)
    positional, built = codec.prepare(SPEC, {"intervals": rows})
    return codec.finish(SPEC, built, entry(*positional))


@pytest.mark.parametrize("source", [NEETCODE_STYLE, LEETCODE_STYLE], ids=["neetcode", "leetcode"])
def test_both_styles_run_unchanged(source):
    assert judged(source, [[0, 30], [5, 10], [15, 20]]) == 2
    assert judged(source, [[7, 10], [2, 4]]) == 1
    assert judged(source, []) == 0


def test_an_interval_is_a_list_with_start_and_end():
    interval = codec.Interval(5, 10)
    assert interval == [5, 10] and (interval.start, interval.end) == (5, 10)
    start, end = interval
    assert (start, end) == (5, 10)
    interval.end = 12
    assert interval[1] == 12 and interval.end == 12
    assert sorted([codec.Interval(3, 4), codec.Interval(1, 9)]) == [[1, 9], [3, 4]]
    assert repr(interval) == "Interval(5, 12)"


def test_an_interval_in_an_answer_reads_as_its_list():
    assert codec.to_plain([codec.Interval(1, 2)]) == [[1, 2]]


def test_the_prelude_binds_interval_only_where_the_problem_passes_intervals():
    assert loader.prelude_namespace(SPEC)["Interval"] is codec.Interval
    assert "Interval" not in loader.prelude_namespace({"params": [{"name": "x", "type": ""}]})


def _problem(tmp_path: Path, each: str) -> Path:
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "problem.toml").write_text(
        'title = "T"\ndifficulty = "easy"\nfunction = "f"\nreturns = "int"\n'
        f'[[params]]\nname = "intervals"\ntype = "List[List[int]]"\n{each}'
    )
    return tmp_path / "p"


def test_each_interval_picks_the_codec_and_keeps_leetcode_s_type(tmp_path):
    problem = load_problem(_problem(tmp_path, 'each = "Interval"\n'))
    assert problem.params[0].type == "List[List[int]]"  # the starter shows LeetCode's signature
    assert problem.spec()["params"][0]["type"] == "Interval[]"


def test_an_unknown_each_is_refused(tmp_path):
    with pytest.raises(ProblemError, match="each"):
        load_problem(_problem(tmp_path, 'each = "Range"\n'))
