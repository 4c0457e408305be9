"""The host's end of the harness protocol (judge/harness/runner.py), over any transport.

A backend supplies a Transport: bytes in, bytes out, a kill switch and a way to say
why the process died.  Everything about frames, limits and turning replies into
CallResult / LoadResult lives here once, so every backend judges the same way.
Nothing from the sandbox is trusted but bytes: a reply is decoded as JSON on the
host, and a frame that is too long, not JSON or not the answer asked for is a
PROTOCOL outcome, never an exception.
"""

from __future__ import annotations

import json
import json.encoder
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any, Protocol

from judge.harness.boot import boot_frame, frame
from judge.sandbox.base import CallResult, ErrorInfo, LoadResult, Outcome, Program

# The harness refuses answers past 16 MiB; a frame longer than this is not ours.
MAX_FRAME = 17 * 1024 * 1024
# Time a sandbox gets beyond a call's limit for transfer and decoding.
GRACE_S = 0.5
# A call's limit is CPU: it may take this many times as long in time, waiting for a core
# on a busy machine, before it is given up all the same (a call asleep uses no CPU).
WALL_FACTOR = 4
CPU_POLL_S = 0.05
LOAD_LIMIT_S = 5.0  # importing a solution: its top level runs here
# How fast a harness is counted on to read a request's JSON, on a busy machine: a large
# input's frame gets that much more time before its call is given up, which is never
# charged to the call itself (the harness's clock starts once the arguments are built).
READ_BYTES_PER_S = 5_000_000
CLOSE_LIMIT_S = 1.0


def reading_s(size: int) -> float:
    """The time a harness may take to read a frame of `size` bytes (READ_BYTES_PER_S)."""
    return size / READ_BYTES_PER_S


class Dead(Exception):
    """The transport cannot carry another byte: the process ended or was killed."""


class Transport(Protocol):
    def send(self, data: bytes, deadline: float) -> None:
        """All of data, or raise Dead; raise TimeoutError past the deadline."""

    def receive(self, limit: int, deadline: float) -> bytes:
        """Up to `limit` bytes; raise Dead at end of stream, TimeoutError at the deadline."""

    def wait(self, deadline: float) -> None:
        """Until a byte can be received (taking none); Dead, or TimeoutError at the deadline."""

    def kill(self) -> None: ...

    def death(self) -> tuple[Outcome, str]:
        """After Dead or kill: how the process ended, in words."""

    def cpu_ns(self) -> int | None:
        """CPU time the sandbox has used so far, read from outside it; None if unknown."""

    def close(self) -> None: ...


def signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


SIGNAL_HINTS = {
    "SIGSEGV": " (a crash in C code: most often recursion so deep that the C stack overflows;"
    " recursion through functools.cache, lru_cache or a generator uses it at every level)",
}


# What a runtime prints as it gives up for lack of memory (its own heap limit, set
# below the sandbox's memory, comes before the kernel's kill).
OUT_OF_MEMORY = (b"JavaScript heap out of memory",)


def describe_exit(status: int, memory_mb: int, oom_killed: bool, stderr: bytes = b"") -> tuple[Outcome, str]:
    """How an exit status reads, for a process whose channel closed."""
    if oom_killed or any(mark in stderr for mark in OUT_OF_MEMORY):
        return Outcome.MEMORY, f"killed for using more than {memory_mb} MB of memory"
    if status > 128 or status < 0:
        name = signal_name(status - 128 if status > 128 else -status)
        return Outcome.CRASH, f"the process was killed by {name}" + SIGNAL_HINTS.get(name, "")
    return Outcome.CRASH, f"the process exited with status {status} in the middle of the run"


def _request_encoder() -> Callable[[Any], str]:
    """JSON without spaces and without the check for cycles (a request is made of values from
    tests and generators, which never hold one): a call's request is encoded once per round
    trip. The C encoder is made once here; `JSONEncoder.encode` makes one per request, 1 µs of
    the 7 that 100 numbers take on the 2-core machine."""
    encoder = json.JSONEncoder(check_circular=False, separators=(",", ":"))
    make = getattr(json.encoder, "c_make_encoder", None)
    try:  # a private function: a Python without it, or with another signature, encodes as ever
        chunks = make(  # type: ignore[misc]
            None, encoder.default, json.encoder.encode_basestring_ascii, None, ":", ",", False, False, True
        )
    except TypeError:
        return encoder.encode
    return lambda value: "".join(chunks(value, 0))


encode_request = _request_encoder()


def request_frame(request: dict[str, Any]) -> bytes:
    return frame(encode_request(request).encode("utf-8"))


class Staging:
    """The frame of the last "stage" request. The growth check stages each large input in
    the reference's sandbox and then in the solution's: encoded once, sent to both."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.key: tuple[Any, int] | None = None  # (the args object itself, copies)
        self.payload = b""

    def frame(self, args: dict[str, Any], copies: int) -> bytes:
        with self.lock:
            if self.key is None or self.key[0] is not args or self.key[1] != copies:
                request = {"op": "stage", "args": args, "copies": copies}
                self.key, self.payload = (args, copies), request_frame(request)
            return self.payload

    def keep(self, args: dict[str, Any], copies: int, payload: bytes) -> None:
        """The frame for args, made ahead (made_ahead.py): `frame` answers with it."""
        with self.lock:
            self.key, self.payload = (args, copies), payload


staging = Staging()


class HarnessClient:
    """One live harness: boot it, load a program, call it, say goodbye."""

    def __init__(self, transport: Transport, alone: bool = False, boot: bytes | None = None) -> None:
        """alone: the harness is the only process of its sandbox (bar init), so any other
        process or thread is the solution's, and must not outlive a call."""
        self.transport = transport
        self.alone = alone
        self.dead = False
        self.next_id = 0
        # boot: the first frame of the sandbox's language (default: Python's harness)
        self.transport.send(boot_frame() if boot is None else boot, time.monotonic() + LOAD_LIMIT_S)

    def _receive_exact(self, n: int, deadline: float) -> bytes:
        chunks = bytearray()
        while len(chunks) < n:
            chunks += self.transport.receive(n - len(chunks), deadline)
        return bytes(chunks)

    def exchange(
        self, request: dict[str, Any], limit_s: float, payload: bytes | None = None
    ) -> tuple[Outcome, Any, str, int]:
        """Send one request (or its frame, already encoded); (outcome, reply or None, detail, wall ns)."""
        if self.dead:
            return Outcome.CRASH, None, "the sandbox was already closed", 0
        start = time.perf_counter_ns()
        if payload is None:
            payload = request_frame(request)
        sent = self._send(payload, limit_s, start)
        if sent is not None:
            return sent
        return self._reply(limit_s, start, reading_s(len(payload)))

    def _send(self, payload: bytes, limit_s: float, start: int) -> tuple[Outcome, Any, str, int] | None:
        """Send one frame; None when it went, else what became of the sandbox."""
        try:
            self.transport.send(payload, time.monotonic() + LOAD_LIMIT_S + limit_s)
        except TimeoutError:
            return self._timed_out(limit_s, start)
        except Dead:
            return self._died(start)
        return None

    def _reply(self, limit_s: float, start: int, reading: float = 0.0) -> tuple[Outcome, Any, str, int]:
        """The next reply frame, due once the sandbox has used limit_s of CPU (plus grace,
        plus `reading`: the time the harness may take to read the request's frame) from
        now, or within that much time where its CPU cannot be read (see _await)."""
        try:
            deadline = self._await(limit_s + GRACE_S + reading)
            length = int.from_bytes(self._receive_exact(4, deadline), "big")
            if length > MAX_FRAME:
                return self._violation(f"an answer frame of {length} bytes, over the limit", start)
            body = self._receive_exact(length, deadline)
        except TimeoutError:
            return self._timed_out(limit_s, start)
        except Dead:
            return self._died(start)
        wall = time.perf_counter_ns() - start
        try:
            reply = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return self._violation("an answer frame that is not JSON", start)
        if type(reply) is not dict:
            return self._violation("an answer frame that is not a JSON object", start)
        return Outcome.OK, reply, "", wall

    def _await(self, budget_s: float) -> float:
        """Wait for a reply to begin; the deadline for the rest of its frame.

        A call is given up once the sandbox has used budget_s of CPU since now (read
        from its cgroup, outside anything the solution can touch), or WALL_FACTOR times
        that much time: on a busy machine a call waits for a core, which stretches its
        time and not its CPU, and a call's limit is about its work, not the machine's
        load. Where the CPU cannot be read (a remote engine, a plain process), the
        budget is time. Most replies come within the first poll: the cgroup is read
        only for a call that takes longer, from then on (the poll's time counted as CPU)."""
        now = time.monotonic()
        try:
            self.transport.wait(now + CPU_POLL_S)
            return time.monotonic() + budget_s
        except TimeoutError:
            pass
        cpu_start = self.transport.cpu_ns()
        if cpu_start is None:
            return now + budget_s
        budget_ns = (budget_s - CPU_POLL_S) * 1e9
        hard = now + WALL_FACTOR * budget_s
        while True:
            try:
                self.transport.wait(min(hard, time.monotonic() + CPU_POLL_S))
                return time.monotonic() + budget_s
            except TimeoutError:
                used = self.transport.cpu_ns()
                if time.monotonic() >= hard or (used is not None and used - cpu_start > budget_ns):
                    raise

    def _timed_out(self, limit_s: float, start: int) -> tuple[Outcome, Any, str, int]:
        wall = time.perf_counter_ns() - start
        self._end()
        return Outcome.TIMEOUT, None, f"no answer within {limit_s:g} s: the process was killed", wall

    def _died(self, start: int) -> tuple[Outcome, Any, str, int]:
        wall = time.perf_counter_ns() - start
        outcome, detail = self.transport.death()
        self.dead = True
        return outcome, None, detail, wall

    def _violation(self, what: str, start: int) -> tuple[Outcome, Any, str, int]:
        self._end()
        detail = f"protocol violation: {what} (did the solution write to the judge's channel?)"
        return Outcome.PROTOCOL, None, detail, time.perf_counter_ns() - start

    def _end(self) -> None:
        self.dead = True
        self.transport.kill()

    def load(self, program: Program, limit_s: float = LOAD_LIMIT_S) -> LoadResult:
        request = {
            "op": "load",
            "source": program.source,
            "filename": program.filename,
            "spec": program.spec,
            "alone": self.alone,
        }
        outcome, reply, detail, wall = self.exchange(request, limit_s)
        if outcome is not Outcome.OK:
            return LoadResult(outcome, detail=detail, wall_ns=wall)
        op = reply.get("op")
        stdout = _text(reply.get("stdout"))
        if op == "loaded":
            return LoadResult(Outcome.OK, stdout=stdout, wall_ns=wall)
        if op == "load_error":
            return LoadResult(
                Outcome.OK, compile_error=_text(reply.get("message")), stdout=stdout, wall_ns=wall
            )
        if op == "error":
            error = _error_info(reply)
            kind = Outcome.MEMORY if error.type == "MemoryError" else Outcome.ERROR
            return LoadResult(kind, error=error, stdout=stdout, wall_ns=wall)
        if op == "left_running":  # work outlived loading: the sandbox cannot serve calls
            return LoadResult(Outcome.CRASH, detail=_text(reply.get("message")), stdout=stdout, wall_ns=wall)
        outcome, _, detail, wall = self._violation(f"an unexpected reply {op!r} to load", 0)
        return LoadResult(outcome, detail=detail, wall_ns=wall)

    def stage(self, args: dict[str, Any], limit_s: float, copies: int = 0) -> CallResult:
        """Leave args in the harness for `call(None, ...)` to use, sent once.

        The harness builds the arguments of the next `copies` calls at once, so that
        building them is not part of the calls' CPU time."""
        outcome, reply, detail, wall = self.exchange({}, limit_s, staging.frame(args, copies))
        if outcome is Outcome.OK and reply.get("op") != "staged":
            outcome, _, detail, wall = self._violation("a reply that does not answer stage", 0)
        return CallResult(outcome, wall_ns=wall, detail=detail)

    def call(self, args: dict[str, Any] | None, limit_s: float, repeat: int = 1) -> CallResult:
        """Call with args, or with the staged arguments when args is None.

        repeat > 1 (staged calls only): the harness may time that many calls, each on
        its own staged copy, as one measurement and answer with their average; its
        reply says how many it made ("repeats"), and the sandbox's CPU time seen from
        outside is divided by as many."""
        self.next_id += 1
        call_id = self.next_id
        request: dict[str, Any] = {"op": "call", "id": call_id}
        if args is None:
            request["staged"] = True
            if repeat > 1:
                request["repeat"] = repeat
        else:
            request["args"] = args
            repeat = 1
        # Staged calls are the growth check's: there the host also reads the sandbox's
        # CPU time from outside, which no code inside can fake.
        cpu_before = self.transport.cpu_ns() if args is None else None
        outcome, reply, detail, wall = self.exchange(request, limit_s * repeat)
        cpu_after = self.transport.cpu_ns() if cpu_before is not None else None
        cpu = cpu_after - cpu_before if cpu_before is not None and cpu_after is not None else None
        made = reply.get("repeats", 1) if outcome is Outcome.OK else 1
        if type(made) is not int or not 1 < made <= repeat:
            made = 1
        if made > 1:  # the average of `made` calls
            cpu = None if cpu is None else cpu // made
            wall //= made
        result = self._result(call_id, outcome, reply, detail, wall, cpu)
        return replace(result, repeats=made) if made > 1 and result.outcome is Outcome.OK else result

    def call_many(self, many: list[dict[str, Any]], limit_s: float) -> list[CallResult]:
        """Calls that do not depend on one another, sent in one frame (the "batch" op).

        Each call has its own limit, counted from the previous answer, so a call is
        timed out as it would be alone. The list ends early at the first call after
        which the sandbox cannot serve another (timed out, killed, spent)."""
        if not many:
            return []
        if self.dead:
            return [CallResult(Outcome.CRASH, detail="the sandbox was already closed")]
        first = self.next_id + 1
        self.next_id += len(many)
        calls = [{"id": first + i, "args": args} for i, args in enumerate(many)]
        start = time.perf_counter_ns()
        payload = request_frame({"op": "batch", "calls": calls})
        sent = self._send(payload, limit_s * len(many), start)
        if sent is not None:
            return [self._result(first, *sent, None)]
        results = []
        reading = reading_s(len(payload))  # the harness reads the whole batch before its first call
        for i in range(len(many)):
            outcome, reply, detail, wall = self._reply(limit_s, start, reading if i == 0 else 0.0)
            results.append(self._result(first + i, outcome, reply, detail, wall, None))
            if not results[-1].alive:
                break
            start = time.perf_counter_ns()
        return results

    def _result(
        self, call_id: int, outcome: Outcome, reply: Any, detail: str, wall: int, cpu: int | None
    ) -> CallResult:
        """A call's reply, read without trusting it."""
        if outcome is not Outcome.OK:
            return CallResult(outcome, wall_ns=wall, detail=detail)
        if reply.get("id") != call_id or reply.get("op") not in ("result", "error", "left_running"):
            outcome, _, detail, wall = self._violation("a reply that does not answer the call", 0)
            return CallResult(outcome, wall_ns=wall, detail=detail)
        inside_ns = _count(reply.get("ns"))
        stdout = _text(reply.get("stdout"))
        if reply["op"] == "left_running":  # work outlived the call: the sandbox is spent
            detail = _text(reply.get("message"))
            return CallResult(Outcome.CRASH, inside_ns=inside_ns, wall_ns=wall, stdout=stdout, detail=detail)
        if reply["op"] == "error":
            error = _error_info(reply)
            kind = Outcome.MEMORY if error.type == "MemoryError" else Outcome.ERROR
            answer_detail = "the answer cannot be judged" if reply.get("answer") is True else ""
            return CallResult(
                kind, inside_ns=inside_ns, wall_ns=wall, stdout=stdout, error=error, detail=answer_detail
            )
        if "value" not in reply:
            outcome, _, detail, wall = self._violation("a result without a value", 0)
            return CallResult(outcome, wall_ns=wall, detail=detail)
        return CallResult(
            Outcome.OK,
            value=reply["value"],
            inside_ns=inside_ns,
            inside_cpu_ns=_count(reply.get("cpu_ns")),
            wall_ns=wall,
            stdout=stdout,
            cpu_ns=cpu,
            returned_ignored=reply.get("returned") is True,
            peak_kb=_count(reply.get("peak_kb")),
        )

    def close(self) -> None:
        """Say goodbye if the harness still listens, then let the backend remove it."""
        try:
            if not self.dead:
                self.exchange({"op": "bye"}, CLOSE_LIMIT_S)
                self.dead = True
        finally:
            self.transport.close()


def _count(value: Any) -> int | None:
    return value if type(value) is int and value >= 0 else None


def _text(value: Any) -> str:
    return value if type(value) is str else ""


def _error_info(reply: dict[str, Any]) -> ErrorInfo:
    return ErrorInfo(
        type=_text(reply.get("type")) or "Error",
        message=_text(reply.get("message")),
        traceback=_text(reply.get("traceback")),
    )
