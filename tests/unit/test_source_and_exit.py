"""Reading a solution's bytes, and how a sandbox's death reads: what a person sees first."""

from __future__ import annotations

from judge.engine import decode_source
from judge.sandbox.base import Outcome
from judge.sandbox.client import describe_exit


def test_a_byte_order_mark_is_not_code():
    source, why = decode_source(b"\xef\xbb\xbfclass Solution:\n    pass\n")
    assert source == "class Solution:\n    pass\n" and why == ""


def test_bytes_that_are_not_utf8_say_where():
    source, why = decode_source(b"x = 1\n\xff\n")
    assert source is None and "0xff" in why


def test_a_segfault_says_what_usually_causes_it():
    outcome, detail = describe_exit(128 + 11, 1024, False)
    assert outcome is Outcome.CRASH
    assert detail.startswith("the process was killed by SIGSEGV") and "C stack" in detail
    assert describe_exit(128 + 9, 1024, False)[1] == "the process was killed by SIGKILL"
    assert describe_exit(137, 1024, True)[0] is Outcome.MEMORY
