"""The harness protocol through a plain process (no sandbox properties are claimed here)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from judge.sandbox.base import Limits, Outcome, Program
from judge.sandbox.client import encode_request
from judge.sandbox.process import ProcessBackend

SPEC = {"kind": "function", "function": "f", "params": [{"name": "x", "type": ""}], "returns": ""}


@pytest.fixture()
def load():
    opened = []

    def _load(source: str, spec: dict = SPEC):
        sandbox = ProcessBackend().start(Limits())
        opened.append(sandbox)
        return sandbox, sandbox.load(Program(source, "sol.py", spec), 5)

    yield _load
    for sandbox in opened:
        sandbox.close()


def test_call_returns_value_time_and_output(load):
    sandbox, loaded = load("def f(x):\n    print('seen', x)\n    return x * 2\n")
    assert loaded.ok
    result = sandbox.call({"x": 21}, 1)
    assert (result.outcome, result.value, result.stdout) == (Outcome.OK, 42, "seen 21\n")
    assert result.inside_ns is not None and 0 < result.inside_ns < result.wall_ns
    assert result.inside_cpu_ns is not None and 0 <= result.inside_cpu_ns < result.wall_ns


def test_output_with_quotes_and_non_ascii_reaches_the_host_intact(load):
    sandbox, _ = load("def f(x):\n    print('say \"hi\"\\\\ ✓', x)\n    return x\n")
    result = sandbox.call({"x": 1}, 1)
    assert (result.outcome, result.value, result.stdout) == (Outcome.OK, 1, 'say "hi"\\ ✓ 1\n')


def test_output_is_per_call(load):
    sandbox, _ = load("def f(x):\n    print(x)\n    return x\n")
    assert sandbox.call({"x": 1}, 1).stdout == "1\n"
    assert sandbox.call({"x": 2}, 1).stdout == "2\n"


def test_exception_traceback_is_trimmed_to_the_solution(load):
    sandbox, _ = load("def g(x):\n    return [][x]\n\ndef f(x):\n    return g(x)\n")
    result = sandbox.call({"x": 3}, 1)
    assert result.outcome is Outcome.ERROR and result.error.type == "IndexError"
    assert 'File "sol.py", line 5, in f' in result.error.traceback
    assert "return [][x]" in result.error.traceback
    assert "runner" not in result.error.traceback and "codec" not in result.error.traceback


def test_syntax_error_and_missing_entry_are_compile_errors(load):
    _, loaded = load("def f(x)\n    return x\n")
    assert loaded.compile_error and "SyntaxError" in loaded.compile_error
    _, loaded = load("def g(x):\n    return x\n")
    assert loaded.compile_error and "no function f()" in loaded.compile_error


def test_solution_class_method_is_found(load):
    sandbox, loaded = load("class Solution:\n    def f(self, x: List[int]) -> int:\n        return len(x)\n")
    assert loaded.ok
    assert sandbox.call({"x": [1, 2]}, 1).value == 2


def test_timeout_kills_and_reports(load):
    sandbox, _ = load("def f(x):\n    while True:\n        pass\n")
    result = sandbox.call({"x": 1}, 0.2)
    assert result.outcome is Outcome.TIMEOUT and not result.alive


def test_process_exit_is_a_crash(load):
    sandbox, _ = load("import os\ndef f(x):\n    os._exit(7)\n")
    result = sandbox.call({"x": 1}, 1)
    assert result.outcome is Outcome.CRASH and "status 7" in result.detail


def test_junk_on_the_channel_is_a_protocol_violation(load):
    sandbox, _ = load("import os\ndef f(x):\n    os.write(4, b'\\x00\\x00\\x00\\x03abc')\n    return 1\n")
    result = sandbox.call({"x": 1}, 1)
    assert result.outcome is Outcome.PROTOCOL


def test_vandalised_builtins_do_not_break_the_harness(load):
    source = (
        "import builtins, json, time\nbuiltins.len = lambda o: 0\njson.dumps = None\n"
        "time.perf_counter_ns = lambda: 0\ndef f(x):\n    return [x, x]\n"
    )
    sandbox, loaded = load(source)
    assert loaded.ok
    result = sandbox.call({"x": 5}, 1)
    assert result.value == [5, 5] and result.inside_ns > 0


def test_unjudgeable_answer_is_an_error_with_the_call_alive(load):
    sandbox, _ = load("def f(x):\n    return {x}\n")
    result = sandbox.call({"x": 1}, 1)
    assert result.outcome is Outcome.ERROR and result.detail
    assert sandbox.call({"x": 2}, 1).outcome is Outcome.ERROR


def test_a_value_returned_where_the_answer_is_an_argument_changed_in_place_is_flagged(load):
    spec = {**SPEC, "params": [{"name": "xs", "type": ""}], "inplace": "xs"}
    sandbox, _ = load("def f(xs):\n    xs.reverse()\n    return len(xs)\n", spec)
    result = sandbox.call({"xs": [1, 2]}, 1)
    assert (result.value, result.returned_ignored) == ([2, 1], True)
    quiet, _ = load("def f(xs):\n    xs.reverse()\n", spec)
    assert quiet.call({"xs": [1, 2]}, 1).returned_ignored is False
    returns, _ = load("def f(x):\n    return x\n")
    assert returns.call({"x": 3}, 1).returned_ignored is False  # a return value is the answer there


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
        lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner),
        max_leaves=30,
    )
)
def test_a_request_is_the_json_that_json_writes_without_spaces(value):
    text = encode_request({"op": "call", "args": {"x": value}})
    assert text == json.dumps({"op": "call", "args": {"x": value}}, separators=(",", ":"))
    assert text.isascii()
