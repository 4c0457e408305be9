from __future__ import annotations

import pytest

from judge import hints
from judge.hints import compile_error_hint, python2_hint, with_hint


@pytest.mark.parametrize(
    ("error_type", "message", "names"),
    [
        ("NameError", "name 'xrange' is not defined", "xrange is Python 2's range"),
        ("NameError", "name 'raw_input' is not defined", "raw_input"),
        ("NameError", "name 'unicode' is not defined", "unicode"),
        ("NameError", "name 'basestring' is not defined", "basestring"),
        ("NameError", "name 'long' is not defined", "long is Python 2's int"),
        ("NameError", "name 'unichr' is not defined", "unichr is Python 2's chr"),
        ("NameError", "name 'reduce' is not defined", "functools.reduce"),
        ("AttributeError", "'dict' object has no attribute 'iteritems'", ".items()"),
        ("AttributeError", "'dict' object has no attribute 'itervalues'", ".values()"),
        ("AttributeError", "'dict' object has no attribute 'iterkeys'", ".keys()"),
        ("AttributeError", "'collections.defaultdict' object has no attribute 'has_key'", "k in d"),
        ("SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", "print(x)"),
    ],
)
def test_python_2_errors_get_a_hint(error_type, message, names):
    hint = python2_hint(error_type, message)
    assert hint is not None
    assert hint.startswith("hint: the judge runs Python 3 (") and names in hint


@pytest.mark.parametrize(
    ("error_type", "message"),
    [
        ("NameError", "name 'nums2' is not defined"),
        ("AttributeError", "'list' object has no attribute 'push'"),
        ("SyntaxError", "invalid syntax"),
        ("TypeError", "name 'xrange' is not defined"),  # the message alone is not enough
        ("ValueError", ""),
    ],
)
def test_other_errors_get_none(error_type, message):
    assert python2_hint(error_type, message) is None


def test_a_compile_error_as_the_harness_words_it():
    text = "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)? (line 3)"
    assert compile_error_hint(text) == "hint: the judge runs Python 3 (print is a function: print(x))"
    assert compile_error_hint("no function search() and no class Solution with a method search()") is None


def test_the_hint_ends_the_reason_once():
    hint = python2_hint("NameError", "name 'xrange' is not defined")
    reason = with_hint("raised NameError: name 'xrange' is not defined", hint)
    assert reason == f"raised NameError: name 'xrange' is not defined; {hint}"
    assert with_hint(reason, hint) == reason
    assert with_hint("raised KeyError: 3", None) == "raised KeyError: 3"


def test_output_past_the_sandboxs_file_size_limit_says_so():
    assert hints.error_hint("OSError", "[Errno 27] File too large") == hints.OUTPUT_HINT
    assert hints.error_hint("Error", "EFBIG: file too large, write") == hints.OUTPUT_HINT
    assert "16 MB" in hints.OUTPUT_HINT
    assert hints.error_hint("OSError", "[Errno 2] No such file or directory") is None
