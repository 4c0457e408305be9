"""A harness in a plain child process: the same protocol, no isolation at all.

For unit tests of the protocol and the engine on machines without Docker, and for
nothing else: it runs the solution with the user's own rights.  No test that claims
a sandbox property may use it.
"""

from __future__ import annotations

import contextlib
import os
import select
import subprocess
import sys
import time

from judge.errors import SandboxUnavailable
from judge.harness.boot import COMMAND
from judge.languages import PYTHON, Language
from judge.sandbox.base import Limits, Outcome
from judge.sandbox.client import Dead, HarnessClient, describe_exit


class ProcessTransport:
    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, *COMMAND[1:]],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env={},
            start_new_session=True,
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        self.stdin = self.process.stdin.fileno()
        self.stdout = self.process.stdout.fileno()
        os.set_blocking(self.stdin, False)

    def send(self, data: bytes, deadline: float) -> None:
        view = memoryview(data)
        while view:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            select.select([], [self.stdin], [], remaining)
            try:
                view = view[os.write(self.stdin, view) :]
            except BlockingIOError:
                continue
            except OSError:
                raise Dead from None

    def wait(self, deadline: float) -> None:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError
        ready, _, _ = select.select([self.stdout], [], [], remaining)
        if not ready:
            raise TimeoutError

    def receive(self, limit: int, deadline: float) -> bytes:
        self.wait(deadline)
        data = os.read(self.stdout, min(limit, 1 << 20))
        if not data:
            raise Dead
        return data

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, 9)

    def death(self) -> tuple[Outcome, str]:
        try:
            status = self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.kill()
            status = self.process.wait()
        return describe_exit(status, 0, oom_killed=False)

    def cpu_ns(self) -> int | None:
        return None  # /proc's clock ticks are too coarse to cross-check a call

    def close(self) -> None:
        self.kill()
        self.process.wait()
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                pipe.close()


class ProcessBackend:
    name = "process (unsandboxed)"

    def start(self, limits: Limits) -> HarnessClient:
        return HarnessClient(ProcessTransport())

    def start_reference(self, limits: Limits) -> HarnessClient:
        return self.start(limits)  # Python's harness, as every sandbox of this backend

    def for_language(self, language: Language) -> ProcessBackend:
        if language is not PYTHON:
            raise SandboxUnavailable(f"the process backend runs Python only, not {language.title}")
        return self
