"""The direct channel: the harness's frames over a unix socket instead of Docker's attach.

Through the attach socket every frame passes dockerd and containerd-shim, a call's round
trip about 250 µs on the 2-core machine; over a unix socket it is about 10 µs. So where
the engine is on this machine, a Python sandbox is given one directory of its own,
mounted read-only at MOUNT, and just before its harness boots the judge listens there:

- the harness connects before it reads its first request (no code of the solution has run
  yet), reads that request from stdin as ever, and sends every answer, and reads every
  later request, over the socket;
- the judge takes the first connection, then closes the listener and unlinks the socket:
  the directory is empty again before the solution's code could look. Nothing else is
  ever in it, and the sandbox cannot write there;
- where the harness cannot connect (Docker Desktop's VM, an engine that ignored the
  mount) it answers over stdout and nothing changes; where the engine is remote or the
  platform not Linux, nothing is mounted at all.

The directories live in one folder only the judge's user can enter (the sandbox reaches
its own through the mount, never through that folder). A sandbox's directory is removed
with it; `judge sandbox prune` removes those that no container mounts.
`JUDGE_CHANNEL=attach` turns the direct channel off.
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import socket
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

MOUNT = "/run/judge-harness"  # where the sandbox sees its directory (runner.DIRECT_DIR too)
SOCKET = "channel"
ENV = "JUDGE_CHANNEL"
LABEL = "judge.channel"  # a container's directory on the host (a spare's claimer binds there)


def wanted(base_url: str) -> bool:
    """Whether to offer the direct channel to a sandbox of an engine at base_url."""
    if os.environ.get(ENV, "").strip().lower() == "attach" or sys.platform != "linux":
        return False
    return base_url.startswith(("http+unix://", "unix://", "http+docker://"))


def home() -> Path:
    """The folder of every sandbox's directory, made private to this user."""
    path = Path(tempfile.gettempdir()) / f"judge-channels-{os.getuid()}"
    path.mkdir(mode=0o700, exist_ok=True)
    if path.is_symlink() or path.stat().st_uid != os.getuid():
        raise PermissionError(f"{path} is not the judge's own folder")
    os.chmod(path, 0o700)
    return path


def make_directory() -> str:
    """A new sandbox's directory: the sandbox's user may enter it (through its mount)."""
    path = tempfile.mkdtemp(prefix="sandbox-", dir=home())
    os.chmod(path, 0o711)
    return path


def mount(directory: str) -> dict[str, Any]:
    """The container settings that show `directory` to the sandbox, read-only, at MOUNT."""
    return {"volumes": {directory: {"bind": MOUNT, "mode": "ro"}}}


def remove_directory(directory: str) -> None:
    shutil.rmtree(directory, ignore_errors=True)


def own_directory(label: str | None) -> str | None:
    """A claimed spare's directory, from its label: only one of ours that is still there."""
    if not label:
        return None
    try:
        path = Path(label)
        return label if path.parent == home() and path.is_dir() and not path.is_symlink() else None
    except OSError:
        return None


def prune(in_use: set[str], grace_s: float = 60) -> int:
    """Remove the directories no container mounts (their judge was killed before it could
    remove them), but for those just made (their container may be being created); how many."""
    try:
        folder = home()
    except OSError:
        return 0
    removed = 0
    cutoff = time.time() - grace_s
    for path in folder.iterdir():
        with contextlib.suppress(OSError):
            if str(path) not in in_use and path.stat().st_mtime < cutoff:
                shutil.rmtree(path)
                removed += 1
    return removed


class Offer:
    """A listening socket in a sandbox's directory, waiting for its harness."""

    def __init__(self, directory: str) -> None:
        self.path = os.path.join(directory, SOCKET)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path)  # a spare's directory: nothing should be there, but be sure
        self.listener: socket.socket | None = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            self.listener.bind(self.path)
            os.chmod(self.path, 0o777)  # the sandbox's user connects
            self.listener.listen(1)
            self.listener.setblocking(False)
        except BaseException:
            self.withdraw()
            raise

    def fileno(self) -> int:
        return self.listener.fileno() if self.listener is not None else -1

    def take(self) -> Connection | None:
        """The harness's connection (the first one), the offer withdrawn; None if none waits."""
        assert self.listener is not None
        try:
            connection, _ = self.listener.accept()
        except (BlockingIOError, InterruptedError):
            return None
        self.withdraw()
        return Connection(connection)

    def withdraw(self) -> None:
        """Close the listener and unlink its socket: no one can connect from now on."""
        if self.listener is not None:
            self.listener.close()
            self.listener = None
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path)


class Closed(Exception):
    """The connection cannot carry another byte: the harness ended or was killed."""


SPIN_S = 0.0002  # how long a reader looks for bytes before it sleeps
# At most this much is read at once. A `recv` of 256 KiB allocates (and frees) a buffer
# too big for the allocator's heap every time: 9.4 µs against 1.0 µs for a small reply on
# the 2-core machine. An answer larger than this takes one more read per 64 KiB.
READ_SIZE = 1 << 16


class Connection:
    """The harness's end of the direct channel, as the judge reads and writes it.

    A short answer is looked for without sleeping first (SPIN_S, yielding the core to
    anything else that wants it): on a virtual machine, waking a process that sleeps on
    another core costs more than most calls take. The socket stays non-blocking, so
    reading what has come is one system call."""

    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock
        sock.setblocking(False)

    def send(self, data: bytes, deadline: float) -> None:
        """All of data; Closed, or TimeoutError past the deadline."""
        view = memoryview(data)
        while view:
            try:
                view = view[self.sock.send(view) :]
            except (BlockingIOError, InterruptedError):
                _wait(self.sock, select.POLLOUT, deadline)
            except OSError:
                raise Closed from None

    def receive(self, deadline: float) -> bytes:
        """What has come, once something has; Closed at the end, TimeoutError at the deadline."""
        spin_until = min(deadline, time.monotonic() + SPIN_S)
        while True:
            try:
                data = self.sock.recv(READ_SIZE)
            except (BlockingIOError, InterruptedError):
                if time.monotonic() < spin_until:
                    os.sched_yield()
                else:
                    _wait(self.sock, select.POLLIN, deadline)
                continue
            except OSError:
                raise Closed from None
            if not data:
                raise Closed
            return data

    def close(self) -> None:
        self.sock.close()


def readable(sources: list[Any], deadline: float) -> list[Any]:
    """Those of sources (sockets, an Offer) that can be read (or have ended); TimeoutError
    at the deadline."""
    poll = select.poll()
    for source in sources:
        poll.register(source, select.POLLIN)
    ready = {fd for fd, _ in poll.poll(max(deadline - time.monotonic(), 0) * 1000)}
    if not ready:
        raise TimeoutError
    return [source for source in sources if source.fileno() in ready]


def _wait(sock: socket.socket, event: int, deadline: float) -> None:
    """Until sock is ready for `event` (or has ended); TimeoutError at the deadline."""
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise TimeoutError
    poll = select.poll()
    poll.register(sock, event)
    if not poll.poll(remaining * 1000):
        raise TimeoutError
