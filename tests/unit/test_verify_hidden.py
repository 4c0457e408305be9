"""How many hidden cases a problem needs (judge/verify.py): 15, or every input where
fewer exist at all (cases.py's ALL_INPUTS)."""

from __future__ import annotations

from types import SimpleNamespace

from judge.problem import Case
from judge.verify import MIN_HIDDEN, check_hidden_count


def hidden(*ns: int) -> list[Case]:
    return [Case(group="hidden", number=i + 1, args={"n": n}, tag="t") for i, n in enumerate(ns)]


def findings(cases: object, held: list[Case]) -> list[str]:
    out: list[str] = []
    check_hidden_count(SimpleNamespace(cases=cases), held, out)  # type: ignore[arg-type]
    return out


def test_fifteen_are_needed_unless_the_input_space_is_smaller():
    assert findings(SimpleNamespace(), hidden(*range(MIN_HIDDEN))) == []
    assert findings(SimpleNamespace(), hidden(1, 2, 3)) == ["3 hidden cases; at least 15 are needed"]


def test_a_small_input_space_must_be_held_whole():
    space = SimpleNamespace(ALL_INPUTS=[{"n": n} for n in range(1, 4)])
    assert findings(space, hidden(1, 2, 3)) == []
    assert findings(space, hidden(1, 3)) == ['ALL_INPUTS {"n":2} is not a hidden case']


def test_a_space_of_fifteen_or_more_cannot_excuse_fewer_cases():
    space = SimpleNamespace(ALL_INPUTS=[{"n": n} for n in range(MIN_HIDDEN)])
    assert findings(space, hidden(1, 2))[0].startswith("ALL_INPUTS lists 15 inputs")
