"""Judging one call on the host: plain data in, a verdict and a reason out.

Only plain JSON data reaches this module (decoded on the host from the sandbox's
bytes), so comparisons cannot be fooled by a solution's own objects. Types are exact:
`True` is not `1`, `2.0` is not `2`, and a float compares within the problem's
tolerance only where the problem declares one.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from judge.harness.codec import MARKER, is_marker
from judge.report import Verdict
from judge.sandbox.base import CallResult, Outcome

Checker = Callable[[dict[str, Any], Any, Any], bool]

_TYPE_NAMES = {
    type(None): "null",
    bool: "a bool",
    int: "an int",
    float: "a float",
    str: "a string",
    list: "a list",
    dict: "an object",
}


@dataclass(frozen=True)
class Judgement:
    verdict: Verdict | None  # None: the call passed
    reason: str = ""

    @property
    def passed(self) -> bool:
        return self.verdict is None


PASS = Judgement(None)


def same(expected: Any, got: Any, tolerance: float | None = None) -> bool:
    return difference(expected, got, tolerance) is None


def difference(expected: Any, got: Any, tolerance: float | None = None, path: str = "") -> str | None:
    """None when equal, else where and how `got` first differs from `expected`."""
    where = f" at {path}" if path else ""
    if type(expected) is float and type(got) is int:
        got = float(got)  # LeetCode accepts a whole number where a float is expected
    if type(expected) is not type(got):
        return f"expected {_type_name(expected)}{where}, got {_type_name(got)}"
    if type(expected) is float:
        if _close(expected, got, tolerance):
            return None
        return f"{got!r} differs from {expected!r}{where}"
    if type(expected) is list:
        if len(expected) != len(got):
            return f"expected {len(expected)} elements{where}, got {len(got)}"
        for i, (e, g) in enumerate(zip(expected, got, strict=True)):
            found = difference(e, g, tolerance, f"{path}[{i}]")
            if found:
                return found
        return None
    if type(expected) is dict:
        if expected.keys() != got.keys():
            return f"expected keys {sorted(expected)}{where}, got {sorted(got)}"
        for k in expected:
            found = difference(expected[k], got[k], tolerance, f"{path}[{k!r}]")
            if found:
                return found
        return None
    if expected != got:
        return f"{got!r} differs from {expected!r}{where}" if path else ""
    return None


def _close(expected: float, got: float, tolerance: float | None) -> bool:
    if math.isnan(expected) or math.isnan(got):
        return False
    if expected == got:
        return True
    if tolerance is None:
        return False
    return math.isclose(got, expected, rel_tol=tolerance, abs_tol=tolerance)


def _type_name(value: Any) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


def judge_call(
    result: CallResult,
    expected: Any,
    args: dict[str, Any],
    *,
    time_limit_s: float,
    tolerance: float | None = None,
    check: Checker | None = None,
    inplace: str | None = None,
) -> Judgement:
    """The verdict of one call, or PASS. inplace: the argument the answer is read from."""
    if result.outcome is Outcome.TIMEOUT:
        return Judgement(
            Verdict.TIME_LIMIT_EXCEEDED, f"no answer within the time limit of {time_limit_s:g} s"
        )
    if result.outcome is Outcome.MEMORY:
        return Judgement(Verdict.MEMORY_LIMIT_EXCEEDED, result.detail or "ran out of memory (MemoryError)")
    if result.outcome in (Outcome.CRASH, Outcome.PROTOCOL):
        return Judgement(Verdict.RUNTIME_ERROR, result.detail)
    if result.outcome is Outcome.ERROR:
        error = result.error
        if result.detail:  # the call returned, but its value is not data
            return Judgement(
                Verdict.RUNTIME_ERROR, f"the answer cannot be judged: {error.message if error else ''}"
            )
        name = error.type if error else "an exception"
        return Judgement(
            Verdict.RUNTIME_ERROR,
            f"raised {name}" + (f": {error.message}" if error and error.message else ""),
        )
    spent = result.spent_ns  # CPU, where a busy machine kept the call waiting for a core
    if spent is not None and spent > time_limit_s * 1e9:
        return Judgement(
            Verdict.TIME_LIMIT_EXCEEDED,
            f"took {spent / 1e9:.2f} s, over the limit of {time_limit_s:g} s",
        )
    got = result.value
    if _holds_marker(got):
        return Judgement(Verdict.WRONG_ANSWER, _marker_reason(got))
    if check is not None:
        try:
            ok = bool(check(args, expected, got))
        except Exception:  # a checker must never be fooled into an exception
            ok = False
        found = None if ok else "not a valid answer for this input"
    else:
        found = difference(expected, got, tolerance)
    if found is None:
        return PASS
    if inplace is not None:
        found += _inplace_hint(inplace, args.get(inplace), got, result.returned_ignored)
    return Judgement(Verdict.WRONG_ANSWER, found)


def _inplace_hint(name: str, before: Any, after: Any, returned: bool) -> str:
    """Why an answer judged in place may be wrong: the two ways people miss the point."""
    unchanged = same(before, after)
    if returned and unchanged:
        return (
            f"; `{name}` is unchanged, and what the function returned is not judged: change `{name}` in place"
        )
    if returned:
        return f"; what the function returned is not judged, only `{name}` as the call left it"
    if unchanged:
        return (
            f"; `{name}` is unchanged after the call: assigning `{name} = ...` inside the function "
            f"only rebinds a local name; change the object `{name}` refers to"
        )
    return ""


def _holds_marker(value: Any) -> bool:
    if is_marker(value):
        return True
    if type(value) is list:
        return any(_holds_marker(v) for v in value)
    if type(value) is dict:
        return any(_holds_marker(v) for v in value.values())
    return False


def _marker_reason(value: Any) -> str:
    if is_marker(value):
        return f"returned {value.get('detail', 'a value the judge cannot accept')}"
    items = value.values() if type(value) is dict else value
    for v in items:
        if _holds_marker(v):
            return _marker_reason(v)
    return f"holds a {MARKER} marker"
