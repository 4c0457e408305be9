"""A run's sandbox, kept warm across calls and replaced after a death.

One run loads the solution once and reuses the sandbox for every call. A call that
times out or kills the process ends that sandbox; the next call gets a fresh one,
with the solution loaded again (the load's time is not charged to the call).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any

from judge.sandbox.base import CallResult, LoadResult, Outcome, Program, Sandbox

LOAD_LIMIT_S = 5.0


class Session:
    def __init__(self, start: Callable[[], Sandbox], program: Program, load_limit_s: float = LOAD_LIMIT_S):
        self.start = start
        self.program = program
        self.load_limit_s = load_limit_s
        self.sandbox: Sandbox | None = None
        self.staged: tuple[dict[str, Any], int] | None = None  # (args, copies), re-staged in a fresh sandbox

    def _fresh(self) -> tuple[Sandbox, LoadResult]:
        self.close()
        sandbox = self.start()
        self.sandbox = sandbox
        return sandbox, sandbox.load(self.program, self.load_limit_s)

    def load(self) -> LoadResult:
        """Start a sandbox and load the solution into it."""
        _, result = self._fresh()
        if not result.ok:
            self.close()
        return result

    def stage(self, args: dict[str, Any], copies: int = 0) -> None:
        """Arguments for `call(None, ...)`, sent to the sandbox once (see HarnessClient.stage)."""
        self.staged = (args, copies)
        if self.sandbox is not None and not self.sandbox.stage(args, LOAD_LIMIT_S, copies).alive:
            self.close()

    def _ready(self) -> Sandbox | CallResult:
        """The loaded sandbox, started afresh after a death; or why none could be."""
        if self.sandbox is not None:
            return self.sandbox
        sandbox, loaded = self._fresh()
        if not loaded.ok:
            self.close()
            detail = loaded.detail or "the solution did not load again in a fresh sandbox"
            return CallResult(Outcome.CRASH, detail=detail)
        if self.staged is not None:
            staged_args, copies = self.staged
            staged = sandbox.stage(staged_args, LOAD_LIMIT_S, copies)
            if not staged.alive:
                self.close()
                return staged
        return sandbox

    def call(self, args: dict[str, Any] | None, time_limit_s: float, repeat: int = 1) -> CallResult:
        """One call; args None means the staged arguments (repeat: see Sandbox.call)."""
        sandbox = self._ready()
        if isinstance(sandbox, CallResult):
            return sandbox
        result = sandbox.call(args, time_limit_s, repeat)
        if not result.alive:
            self.close()
        return result

    def call_many(self, many: list[dict[str, Any]], time_limit_s: float) -> list[CallResult]:
        """Independent calls in one frame; the list ends early where the sandbox died."""
        sandbox = self._ready()
        if isinstance(sandbox, CallResult):
            return [sandbox]
        results = sandbox.call_many(many, time_limit_s)
        if results and not results[-1].alive:
            self.close()
        return results

    def close(self) -> None:
        sandbox, self.sandbox = self.sandbox, None
        if sandbox is not None:
            sandbox.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class Prestarted:
    """A session whose sandbox starts and loads in a background thread.

    A run's solution sandbox starts this way as soon as the run begins, so that its
    start-up overlaps the host's own preparations; the reference's starts right after
    it (`after`), while the solution's first calls run, or only when first needed
    (`eager=False`). `close` waits for a start under way to finish, so a container
    created late is still removed.
    """

    def __init__(self, session: Session, after: Prestarted | None = None, eager: bool = True) -> None:
        self.session = session
        self.after = after
        self.loaded: LoadResult | None = None
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._load, daemon=True)
        self.done = threading.Event()  # see close_all for why not Thread.join
        self.lock = threading.Lock()
        self.started = self.closed = False
        if eager:
            self._start()

    def _start(self) -> None:
        with self.lock:
            if not self.started and not self.closed:
                self.started = True
                self.thread.start()

    def _load(self) -> None:
        try:
            if self.after is not None and self.after.started:
                self.after.done.wait()  # on two cores, two starts at once slow down both
            if self.closed:  # the run ended while this one waited its turn
                return
            self.loaded = self.session.load()
        except BaseException as e:  # re-raised in the caller's thread by get()
            self.error = e
        finally:
            self.done.set()

    def wait(self) -> LoadResult:
        """How loading went, once it has (starting it now if it has not started)."""
        self._start()
        if self.started:
            self.done.wait()
        if self.error is not None:
            raise self.error
        if self.loaded is None:
            return LoadResult(Outcome.CRASH, detail="the sandbox was closed before it started")
        return self.loaded

    def get(self) -> Session | None:
        """The loaded session, or None when it could not load."""
        return self.session if self.wait().ok else None

    def close(self) -> None:
        with self.lock:
            self.closed = True
            started = self.started
        if started:
            wait_through_interrupts([self.done])
            self.session.close()


def close_all(*closers: Callable[[], None]) -> None:
    """Close several sessions at once (container removal is mostly waiting on Docker).

    Returns only when every close has finished, even through Ctrl-C (re-raised
    afterwards). Completion is an Event, not Thread.join: on Python 3.11 a join cut
    short by KeyboardInterrupt can mark a thread that is still running as finished.
    """
    done = [threading.Event() for _ in closers]

    def run(close: Callable[[], None], finished: threading.Event) -> None:
        try:
            close()
        finally:
            finished.set()

    for close, finished in zip(closers, done, strict=True):
        threading.Thread(target=run, args=(close, finished)).start()
    wait_through_interrupts(done)


def wait_through_interrupts(events: list[threading.Event]) -> None:
    """Wait for every event; a Ctrl-C meanwhile is raised once they are all set."""
    interrupted: BaseException | None = None
    for event in events:
        while not event.is_set():
            try:
                event.wait()
            except KeyboardInterrupt as e:
                interrupted = e
    if interrupted is not None:
        raise interrupted
