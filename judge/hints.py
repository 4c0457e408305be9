"""A one-line hint for an error that does not say why: Python 2 code run as Python 3,
or output past the sandbox's file-size limit.

Many public solutions were written for Python 2 (LeetCode's "Python" as opposed to
"Python3"); the judge runs Python 3, where they fail with a NameError, an
AttributeError or a SyntaxError that does not say why.
"""

from __future__ import annotations

import re

from judge.sandbox.base import Limits

PREFIX = "hint: the judge runs Python 3"

# Python 2 builtins gone from Python 3, and what took their place.
_NAMES = {
    "xrange": "xrange is Python 2's range",
    "raw_input": "raw_input is Python 2's input",
    "unicode": "unicode is Python 2's str",
    "basestring": "basestring is Python 2's common base of str and unicode: use str",
    "long": "long is Python 2's int",
    "unichr": "unichr is Python 2's chr",
    "reduce": "reduce was a builtin in Python 2: it is functools.reduce",
}

# Python 2 dict methods gone from Python 3.
_METHODS = {
    "iteritems": ".iteritems() is Python 2's .items()",
    "itervalues": ".itervalues() is Python 2's .values()",
    "iterkeys": ".iterkeys() is Python 2's .keys()",
    "has_key": "d.has_key(k) is Python 2's k in d",
}

# Python 2 statements that are functions in Python 3.
_STATEMENTS = {
    "print": "print is a function: print(x)",
    "exec": "exec is a function: exec(code)",
}

_NAME_ERROR = re.compile(r"name '(\w+)' is not defined")
_NO_ATTRIBUTE = re.compile(r"has no attribute '(\w+)'")
_NO_PARENTHESES = re.compile(r"Missing parentheses in call to '(\w+)'")


def python2_hint(error_type: str, message: str) -> str | None:
    """The hint for an error that Python 2 code raises under Python 3, else None."""
    found: str | None = None
    if error_type == "NameError":
        match = _NAME_ERROR.search(message)
        found = _NAMES.get(match.group(1)) if match else None
    elif error_type == "AttributeError":
        match = _NO_ATTRIBUTE.search(message)
        found = _METHODS.get(match.group(1)) if match else None
    elif error_type == "SyntaxError":
        match = _NO_PARENTHESES.search(message)
        found = _STATEMENTS.get(match.group(1)) if match else None
    return f"{PREFIX} ({found})" if found else None


_TOO_MUCH_OUTPUT = re.compile(r"File too large|EFBIG", re.IGNORECASE)
OUTPUT_HINT = (
    "hint: the solution printed more than the sandbox keeps of its output "
    f"({Limits().file_size_mb} MB); print less, or nothing"
)


def error_hint(error_type: str, message: str) -> str | None:
    """The hint for an error a solution raised, else None."""
    if _TOO_MUCH_OUTPUT.search(message):
        return OUTPUT_HINT
    return python2_hint(error_type, message)


def compile_error_hint(text: str) -> str | None:
    """The hint for a compile error as the harness words it ("SyntaxError: ... (line 3)")."""
    error_type, _, message = text.partition(":")
    return python2_hint(error_type.strip(), message)


def with_hint(reason: str, hint: str | None) -> str:
    """The reason with the hint at its end, once."""
    if not hint or hint in reason:
        return reason
    return f"{reason}; {hint}" if reason else hint
