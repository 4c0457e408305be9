"""What the engine needs from a sandbox, whatever runs it.

A sandbox is one process running the harness (judge/harness): it loads one
solution, then answers calls until it is closed or dies.  A death (timeout, memory,
crash, garbage on the channel) is reported as an outcome, never raised: the engine
turns it into a verdict and asks the session for a fresh sandbox.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from judge.languages.base import Language


class Outcome(StrEnum):
    OK = "ok"  # the call returned plain data
    ERROR = "error"  # the solution raised, or returned something that is not data
    TIMEOUT = "timeout"  # no answer within the limit: the sandbox was killed
    MEMORY = "memory"  # killed for memory (or MemoryError inside)
    CRASH = "crash"  # the process ended: a signal, os._exit, a closed channel
    PROTOCOL = "protocol"  # an answer that is not a well-formed frame


@dataclass(frozen=True)
class ErrorInfo:
    type: str
    message: str
    traceback: str = ""

    def as_dict(self) -> dict[str, str]:
        return {"type": self.type, "message": self.message, "traceback": self.traceback}


@dataclass(frozen=True)
class CallResult:
    outcome: Outcome
    value: Any = None
    inside_ns: int | None = None  # the call's time measured inside the sandbox
    inside_cpu_ns: int | None = None  # the CPU its process used in the call, by its own account
    wall_ns: int = 0  # send to answer, measured by the host
    stdout: str = ""
    error: ErrorInfo | None = None
    detail: str = ""  # how the sandbox died, in words
    cpu_ns: int | None = None  # CPU the whole sandbox used during the call, seen from outside
    returned_ignored: bool = False  # judged in place, and the call also returned a value
    peak_kb: int | None = None  # the sandbox process's peak resident memory so far, by its own account
    repeats: int = 1  # calls timed as one measurement, inside_ns their average (Sandbox.call)

    @property
    def alive(self) -> bool:
        """Whether the sandbox can serve another call after this one."""
        return self.outcome in (Outcome.OK, Outcome.ERROR)

    @property
    def spent_ns(self) -> int | None:
        """The call's time by the harness: the CPU it used where that is less than its
        clock's time (on a busy machine a call waits for a core, which stretches its time
        but not its CPU), else its time (threads of its own that ran beside it add CPU,
        not time; a CPU clock too coarse to see a short call reads 0)."""
        wall, cpu = self.inside_ns, self.inside_cpu_ns
        return cpu if wall is not None and cpu and cpu < wall else wall


@dataclass(frozen=True)
class LoadResult:
    outcome: Outcome
    compile_error: str | None = None  # syntax error or missing entry point
    error: ErrorInfo | None = None
    stdout: str = ""
    detail: str = ""
    wall_ns: int = 0

    @property
    def ok(self) -> bool:
        return self.outcome is Outcome.OK and self.compile_error is None


@dataclass(frozen=True)
class Limits:
    memory_mb: int = 1024
    pids: int = 64
    tmp_mb: int = 16
    file_size_mb: int = 16
    open_files: int = 64
    cpus: float = 1.0
    # Recursion through C (functools.cache, lru_cache, a generator inside min()) uses the C
    # stack a level at a time: a memoised coin change 10^4 deep overflows the usual 8 MB and
    # segfaults, where LeetCode accepts it. Stack pages count against the memory limit.
    stack_mb: int = 512


@dataclass(frozen=True)
class Program:
    """What a sandbox loads: a solution's source and how to call it."""

    source: str
    filename: str
    spec: dict[str, Any] = field(default_factory=dict)


class Sandbox(Protocol):
    def load(self, program: Program, time_limit_s: float) -> LoadResult: ...

    def call(self, args: dict[str, Any] | None, time_limit_s: float, repeat: int = 1) -> CallResult:
        """One call (args None: the staged ones); repeat > 1 asks for that many staged
        calls timed as one, each charged the average (a harness may decline)."""

    def call_many(self, many: list[dict[str, Any]], time_limit_s: float) -> list[CallResult]:
        """Independent calls sent at once, each with its own limit; the list ends early
        at the first call after which the sandbox cannot serve another."""

    def stage(self, args: dict[str, Any], time_limit_s: float, copies: int = 0) -> CallResult: ...

    def close(self) -> None: ...


class Backend(Protocol):
    """Starts sandboxes: Docker for real runs, a plain process for unit tests."""

    name: str

    def start(self, limits: Limits) -> Sandbox: ...

    def start_reference(self, limits: Limits) -> Sandbox:
        """A sandbox for the problem's reference, which is Python whatever the solution's
        language (for a Python solution's backend: `start`)."""
        ...

    def for_language(self, language: Language) -> Backend:
        """A backend for solutions in `language` (self for its own); a SandboxUnavailable
        where this kind of backend cannot run that language."""
        ...
