"""The `judge` command's entry point: through the resident judge where one answers,
else the command itself (judge.cli), which then leaves a resident for the next one.

The standard library only, and little of it: this runs before every command."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import struct
import subprocess
import sys
from typing import Any

from judge.resident import paths

FORWARDED = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT)
EXIT_ENVIRONMENT = 3


def main() -> None:
    """Run `judge ARGS...`: through the resident, or here."""
    if paths.enabled() and sys.argv[1:2] != ["resident"]:
        status = through_resident(sys.argv[1:])
        if status is not None:
            os._exit(status)  # the fork wrote to our stdout and stderr: nothing of ours to flush
        import atexit

        atexit.register(leave_resident)  # cli's ending runs the exit handlers
    from judge.cli import main as run_here

    run_here()


def request(argv: list[str]) -> dict[str, Any]:
    streams = {
        name: {"encoding": getattr(stream, "encoding", None), "errors": getattr(stream, "errors", None)}
        for name, stream in (("stdin", sys.stdin), ("stdout", sys.stdout), ("stderr", sys.stderr))
    }
    return {
        "key": paths.code_key(),
        "argv": argv,
        "cwd": os.getcwd(),
        "env": dict(os.environ),
        "streams": streams,
    }


def through_resident(argv: list[str]) -> int | None:
    """The command's exit status, run by the resident judge; None where none took it."""
    if paths.private_directory() is None:
        return None  # never hand our environment to a socket others could have put there
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        conn.connect(str(paths.socket_path()))
        body = json.dumps(request(argv)).encode("utf-8")
        socket.send_fds(conn, [struct.pack(">I", len(body)) + body], [0, 1, 2])
        replies = conn.makefile("rb")
        first = json.loads(replies.readline() or b"{}")
    except (OSError, ValueError):
        conn.close()
        return None  # none listens, it went away, or a stream of ours is closed
    if "pid" not in first:
        conn.close()
        return None  # it runs other code (and ends), or could not fork
    return follow(int(first["pid"]), replies)


def follow(pid: int, replies: Any) -> int:
    """Pass our signals on to the fork running the command, and wait for its status."""

    def forward(signum: int, _frame: object) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signum)

    for signum in FORWARDED:
        signal.signal(signum, forward)
    try:
        last = json.loads(replies.readline() or b"{}")
    except (OSError, ValueError):
        last = {}
    if "status" not in last:
        sys.stderr.write("judge: the resident judge went away before the command ended\n")
        return EXIT_ENVIRONMENT
    return int(last["status"])


def leave_resident() -> None:
    """Start a resident judge for the next command, detached (it ends by itself)."""
    if paths.private_directory() is None:
        return
    with contextlib.suppress(OSError):  # no resident: the next command imports for itself
        subprocess.Popen(
            [sys.executable, "-m", "judge.resident.server"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # not killed with the terminal's process group
            close_fds=True,
        )
