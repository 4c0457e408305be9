"""The one exception family of the judge: "could not judge", with its exit status.

A wrong, slow or crashing solution is never an exception: it is a verdict in the
report.  These mean the judge could not do its job, and the CLI turns each into a
one-line message and the exit status it carries (see README: exit statuses).
"""

from __future__ import annotations


class JudgeError(Exception):
    """The judge itself could not judge (environment or bug): exit status 3."""

    exit_status = 3


class UsageError(JudgeError):
    """What the user asked for does not exist or cannot be read: exit status 2."""

    exit_status = 2


class SandboxUnavailable(JudgeError):
    """Docker does not answer, or the sandbox image is missing."""
