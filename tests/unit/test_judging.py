from __future__ import annotations

import math

from judge.harness.codec import marker
from judge.judging import difference, judge_call, same
from judge.report import Verdict
from judge.sandbox.base import CallResult, ErrorInfo, Outcome


def ok(value, ns=1000):
    return CallResult(Outcome.OK, value=value, inside_ns=ns)


def verdict(result, expected=0, **kw):
    kw.setdefault("time_limit_s", 1.0)
    return judge_call(result, expected, {}, **kw).verdict


def test_types_are_exact():
    assert not same(1, True)
    assert not same(2, 2.0)
    assert not same([1], (1,))
    assert same([1, [2, None]], [1, [2, None]])


def test_floats_compare_within_the_problem_tolerance_only():
    assert not same(0.1 + 0.2, 0.3)
    assert same(0.1 + 0.2, 0.3, 1e-9)
    assert not same(math.nan, math.nan, 1e-9)


def test_difference_says_where():
    assert difference([1, 2, 3], [1, 5, 3]) == "5 differs from 2 at [1]"
    assert difference([1, 2], [1]) == "expected 2 elements, got 1"
    assert difference(4, True) == "expected an int, got a bool"


def test_outcomes_map_to_verdicts():
    assert verdict(ok(0)) is None
    assert verdict(ok(1)) is Verdict.WRONG_ANSWER
    assert verdict(ok(0, ns=2_000_000_000)) is Verdict.TIME_LIMIT_EXCEEDED
    assert verdict(CallResult(Outcome.TIMEOUT)) is Verdict.TIME_LIMIT_EXCEEDED
    assert verdict(CallResult(Outcome.MEMORY)) is Verdict.MEMORY_LIMIT_EXCEEDED
    assert verdict(CallResult(Outcome.CRASH, detail="SIGSEGV")) is Verdict.RUNTIME_ERROR
    assert verdict(CallResult(Outcome.PROTOCOL)) is Verdict.RUNTIME_ERROR
    assert verdict(CallResult(Outcome.ERROR, error=ErrorInfo("IndexError", "x"))) is Verdict.RUNTIME_ERROR


def test_markers_anywhere_are_wrong_answers():
    assert verdict(ok([1, marker("subclass", "an int subclass")]), [1, 2]) is Verdict.WRONG_ANSWER
    result = judge_call(ok(marker("cycle", "a list with a cycle")), [1], {}, time_limit_s=1)
    assert result.reason == "returned a list with a cycle"


def test_a_checker_decides_and_cannot_be_crashed():
    def check(args, expected, got):
        return sorted(got) == sorted(expected)

    assert verdict(ok([2, 1]), [1, 2], check=check) is None
    assert verdict(ok(7), [1, 2], check=check) is Verdict.WRONG_ANSWER  # sorted(7) raises


def test_a_whole_number_is_accepted_where_a_float_is_expected():
    assert same(1.0, 1)
    assert not same(1.0, True)
    assert not same(1, 1.0)


def test_an_answer_judged_in_place_says_how_it_was_missed():
    def why(before, after, returned=False):
        result = CallResult(Outcome.OK, value=after, inside_ns=1000, returned_ignored=returned)
        judged = judge_call(result, [3, 2, 1], {"xs": before}, time_limit_s=1.0, inplace="xs")
        return judged.verdict, judged.reason

    assert why([1, 2, 3], [1, 2, 3]) == (
        Verdict.WRONG_ANSWER,
        "1 differs from 3 at [0]; `xs` is unchanged after the call: assigning `xs = ...` inside "
        "the function only rebinds a local name; change the object `xs` refers to",
    )
    assert why([1, 2, 3], [1, 2, 3], returned=True)[1].endswith(
        "`xs` is unchanged, and what the function returned is not judged: change `xs` in place"
    )
    assert why([1, 2, 3], [2, 1, 3], returned=True)[1] == (
        "2 differs from 3 at [0]; what the function returned is not judged, only `xs` as the call left it"
    )
    assert why([1, 2, 3], [2, 1, 3]) == (Verdict.WRONG_ANSWER, "2 differs from 3 at [0]")
    assert why([1, 2, 3], [3, 2, 1], returned=True) == (None, "")  # right in place: what it returned is moot
