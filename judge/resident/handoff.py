"""The hand-off of a command's status, in a fork of the resident judge.

Once a command's output is complete, only the removal of its sandboxes remains (the
engine's, waited for: 50-80 ms). A fork of the resident tells the client its status at
that point and lets go of the client's terminal; the fork then waits for the removals
on its own. Outside a fork (`JUDGE_RESIDENT=0`, or no resident) this does nothing.
"""

from __future__ import annotations

import contextlib
import os
import sys

_status_fd: int | None = None  # the write end of the pipe the resident reads the status from
_next: str = ""  # the problem whose next run the resident may make inputs for (made_ahead.py)


def attach(fd: int) -> None:
    """In the fork: where to write the status (server.py)."""
    global _status_fd
    _status_fd = fd


def next_problem(slug: str) -> None:
    """The command judges `slug`: once it is out, the resident makes the inputs of its next run."""
    global _next
    _next = slug


def output_done(status: int) -> None:
    """The command's output is complete: give the client its status and its terminal back."""
    global _status_fd
    if _status_fd is None:
        return
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)  # the client's descriptors are no longer ours to write
    os.close(null)
    with contextlib.suppress(OSError):
        os.write(_status_fd, f"{status} {_next}\n".encode())
        os.close(_status_fd)
    _status_fd = None
