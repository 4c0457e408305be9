"""The resident judge: `python -m judge.resident.server`, started detached by a command.

It imports the modules every command needs, listens on its socket, and for each
command forks: the fork takes the client's stdin, stdout and stderr, working directory,
environment and arguments, and runs `judge` as the client would have. The resident
itself runs nothing but that loop, so every fork starts from the same state. It ends
after `ttl_s()` without a command, when a client runs other code than it was started
with, or on `judge resident stop`.
"""

from __future__ import annotations

import contextlib
import fcntl
import io
import json
import os
import selectors
import signal
import socket
import struct
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from judge.resident import handoff, paths

# What commands import on their way; imported once here, before any fork.
WARM = (
    "judge.cli",
    "judge.engine",
    "judge.made_ahead",
    "judge.sandbox.docker",
    "judge.sandbox.spares",
    "judge.judging",
    "judge.properties",
    "judge.growth",
    "judge.practice",
    "judge.discovery",
    "judge.watch",
    "judge.junit",
    "judge.terminal",
    "judge.verify",
    "docker",
    "hypothesis",
    "hypothesis.strategies",
    "tabulate",
)
MAX_REQUEST = 16 * 1024 * 1024
HEADER = struct.Struct(">I")
Runner = Callable[[dict[str, Any]], None]  # what a fork does with a request


def warm() -> None:
    import importlib

    for name in WARM:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)


class Resident:
    """The accept-and-fork loop (one thread: a fork copies only the thread that forks)."""

    def __init__(self, listener: socket.socket, key: str, run: Runner) -> None:
        self.listener = listener
        self.inode = os.stat(listener.getsockname()).st_ino  # our socket file's
        self.key = key
        self.run = run  # what a fork does with a request (run_command; tests pass their own)
        self.selector = selectors.DefaultSelector()
        self.selector.register(listener, selectors.EVENT_READ, self.accept)
        self.forks: set[int] = set()  # forks not yet reaped
        self.waiting: dict[int, socket.socket] = {}  # pid -> a connection still waiting for its status
        self.last_seen = time.monotonic()
        self.stopping = False

    def serve(self, ttl_s: float) -> None:
        while not self.stopping or self.forks:
            for key, _ in self.selector.select(timeout=1.0):
                key.data(key.fileobj)
            if self.forks:
                self.last_seen = time.monotonic()
            elif time.monotonic() - self.last_seen > ttl_s or not self.still_listening():
                return

    def still_listening(self) -> bool:
        """Whether our socket file is still ours (`judge resident stop`, or a new resident)."""
        try:
            return os.stat(self.listener.getsockname()).st_ino == self.inode
        except OSError:
            return False

    def accept(self, listener: Any) -> None:
        try:
            conn, _ = listener.accept()
        except OSError:
            return
        self.last_seen = time.monotonic()
        conn.settimeout(5.0)
        try:
            req, fds = receive(conn)
        except (OSError, ValueError):
            conn.close()
            return
        try:
            self.answer(conn, req, fds)
        finally:
            for fd in fds:
                os.close(fd)

    def answer(self, conn: socket.socket, req: dict[str, Any], fds: list[int]) -> None:
        if req.get("op") in ("stop", "ping"):
            self.stopping = self.stopping or req["op"] == "stop"
            send(conn, {"resident": os.getpid()})
            conn.close()
            return
        if self.stopping or req.get("key") != self.key or len(fds) != 3:
            self.stopping = True  # a client with other code: it runs the command itself
            send(conn, {"stale": True})
            conn.close()
            return
        status_r, status_w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the fork: it never returns
            os.close(status_r)
            self.listener.close()
            self.selector.close()
            for other in self.waiting.values():
                other.close()
            handoff.attach(status_w)
            become(req, fds, conn, self.run)
        os.close(status_w)
        handed_out()
        self.forks.add(pid)
        self.waiting[pid] = conn
        send(conn, {"pid": pid})
        conn.setblocking(True)
        pidfd = os.pidfd_open(pid)
        self.selector.register(pidfd, selectors.EVENT_READ, lambda fd, pid=pid: self.reap(fd, pid))
        self.selector.register(status_r, selectors.EVENT_READ, lambda fd, pid=pid: self.handed(fd, pid))
        self.selector.register(conn, selectors.EVENT_READ, lambda c, pid=pid: self.client_gone(c, pid))

    def handed(self, status_r: int, pid: int) -> None:
        """The fork's output is complete (handoff.py): the client has its status now."""
        data = os.read(status_r, 256).decode("utf-8", "replace").split()
        self.selector.unregister(status_r)
        os.close(status_r)
        if data and data[0].lstrip("-").isdigit():
            self.answer_client(pid, int(data[0]))
            if len(data) > 1:
                self.prepare(data[1])
        # else the fork ended before its hand-off: reap() answers with its exit status

    def prepare(self, slug: str) -> None:
        """The inputs of the next run of the problem a command just judged (made_ahead.py)."""
        try:
            from judge import made_ahead, registry

            made_ahead.prepare(registry.get(slug))
        except Exception:  # nothing made ahead: the next run makes its own
            pass

    def answer_client(self, pid: int, status: int) -> None:
        conn = self.waiting.pop(pid, None)
        if conn is None:
            return
        with contextlib.suppress(KeyError, ValueError):
            self.selector.unregister(conn)
        with contextlib.suppress(OSError):
            send(conn, {"status": status})
        conn.close()

    def reap(self, pidfd: int, pid: int) -> None:
        self.selector.unregister(pidfd)
        os.close(pidfd)
        _, status = os.waitpid(pid, 0)
        self.answer_client(pid, exit_status(status))
        self.forks.discard(pid)

    def client_gone(self, conn: socket.socket, pid: int) -> None:
        """The client closed its end (killed, say): its command stops as on Ctrl-C."""
        with contextlib.suppress(OSError):
            if conn.recv(1, socket.MSG_PEEK):
                return
        self.selector.unregister(conn)
        self.waiting.pop(pid, None)
        conn.close()
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGINT)


def handed_out() -> None:
    """A fork has the drawing made ahead, if any: the next one draws its own."""
    made_ahead = sys.modules.get("judge.made_ahead")
    if made_ahead is not None:
        made_ahead.handed_out()


def exit_status(status: int) -> int:
    if os.WIFSIGNALED(status):
        return 128 + os.WTERMSIG(status)
    return os.waitstatus_to_exitcode(status)


def receive(conn: socket.socket) -> tuple[dict[str, Any], list[int]]:
    head, fds, _, _ = socket.recv_fds(conn, HEADER.size, 3)
    if len(head) < HEADER.size:
        for fd in fds:
            os.close(fd)
        raise ValueError("short header")
    (size,) = HEADER.unpack(head)
    if size > MAX_REQUEST:
        raise ValueError("request too large")
    body = bytearray()
    while len(body) < size:
        chunk = conn.recv(size - len(body))
        if not chunk:
            raise ValueError("short request")
        body += chunk
    req = json.loads(body)
    if not isinstance(req, dict):
        raise ValueError("not an object")
    return req, list(fds)


def send(conn: socket.socket, message: dict[str, Any]) -> None:
    conn.sendall(json.dumps(message).encode("utf-8") + b"\n")


def become(req: dict[str, Any], fds: list[int], conn: socket.socket, run: Runner) -> None:
    """In the fork: take the client's place, run the command, and leave."""
    status = 3
    try:
        for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT, signal.SIGCHLD):
            signal.signal(signum, signal.SIG_DFL)
        os.setpgid(0, 0)
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
        for fd in fds:
            os.close(fd)
        conn.close()
        os.chdir(req["cwd"])
        os.environ.clear()
        os.environ.update(req["env"])
        reopen_streams(req.get("streams") or {})
        run(req)
        status = 0
    except SystemExit as e:
        status = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    except BaseException as e:  # whatever it was, the client gets a status
        with contextlib.suppress(Exception):
            sys.stderr.write(f"judge: the resident judge could not run the command: {e!r}\n")
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    os._exit(status)


def reopen_streams(streams: dict[str, Any]) -> None:
    """sys.stdin/stdout/stderr on the client's descriptors, with its encodings (the
    resident's own were /dev/null's: block-buffered, no terminal)."""

    def wrap(fd: int, mode: str, name: str, default_errors: str) -> io.TextIOWrapper:
        want = streams.get(name) or {}
        raw: Any = io.FileIO(fd, mode, closefd=False)
        tty = os.isatty(fd)
        buffered = io.BufferedReader(raw) if mode == "r" else io.BufferedWriter(raw)
        return io.TextIOWrapper(
            buffered,
            encoding=want.get("encoding") or "utf-8",
            errors=want.get("errors") or default_errors,
            line_buffering=tty or name == "stderr",
            write_through=name == "stderr",
        )

    sys.stdin = wrap(0, "r", "stdin", "strict")
    sys.stdout = wrap(1, "w", "stdout", "strict")
    sys.stderr = wrap(2, "w", "stderr", "backslashreplace")


def run_command(req: dict[str, Any]) -> None:
    """The fork's work: the `judge` command, as judge.cli.main runs it (it leaves by
    os._exit with the command's status)."""
    from judge.cli import main

    sys.argv = ["judge", *req["argv"]]
    main()


def listen() -> tuple[socket.socket, Any] | None:
    """Our socket, once we hold the lock no other resident of this code holds."""
    path = paths.socket_path()
    lock = open(path.with_suffix(".lock"), "a")  # noqa: SIM115 - held for the resident's life
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        lock.close()
        return None  # another resident listens
    with contextlib.suppress(FileNotFoundError):
        path.unlink()  # a dead resident's
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(path))
    os.chmod(path, 0o600)
    listener.listen(16)
    return listener, lock


def ask(op: str) -> int | None:
    """Send the resident `op` ("ping", "stop"); its pid, or None where none answers."""
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        conn.settimeout(5.0)
        conn.connect(str(paths.socket_path()))
        body = json.dumps({"op": op}).encode()
        conn.sendall(HEADER.pack(len(body)) + body)
        reply = json.loads(conn.makefile("rb").readline() or b"{}")
    except (OSError, ValueError):
        return None
    finally:
        conn.close()
    return int(reply["resident"]) if "resident" in reply else None


def ping() -> int | None:
    return ask("ping")


def stop() -> int | None:
    """Ask the resident to end (it finishes the commands it runs first); its pid."""
    pid = ask("stop")
    if pid is not None:
        with contextlib.suppress(FileNotFoundError):
            paths.socket_path().unlink()  # the next command does not wait for it
    return pid


def main() -> int:
    if paths.private_directory() is None:
        return 1
    key = paths.code_key()
    held = listen()
    if held is None:
        return 0
    listener, _lock = held
    warm()
    if threading.active_count() != 1:
        return 1  # a fork would copy a process with threads it cannot finish
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # ended from outside: its socket goes too
    resident = Resident(listener, key, run_command)
    try:
        resident.serve(paths.ttl_s())
    finally:
        if resident.still_listening():
            with contextlib.suppress(OSError):
                paths.socket_path().unlink()
        listener.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
