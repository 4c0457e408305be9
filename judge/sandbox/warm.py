"""Sandboxes started ahead of need: a backend that keeps booted ones ready.

A booted sandbox has the harness running but no solution loaded, so it serves any
solution. `judge watch` uses this so the next run's containers start while the
person types. Every sandbox it made is closed by `close()`, used or not.
"""

from __future__ import annotations

import contextlib
import threading
from concurrent.futures import Future, ThreadPoolExecutor

from judge.languages import PYTHON, Language
from judge.sandbox.base import Backend, Limits, Sandbox


class WarmBackend:
    def __init__(self, inner: Backend, limits: Limits, ready: int = 2) -> None:
        self.inner = inner
        self.limits = limits
        self.name = f"{inner.name} (prestarted)"
        self.pool = ThreadPoolExecutor(max_workers=ready, thread_name_prefix="warm-sandbox")
        self.lock = threading.Lock()
        self.waiting: list[Future[Sandbox]] = [self.pool.submit(inner.start, limits) for _ in range(ready)]

    def start(self, limits: Limits) -> Sandbox:
        if limits != self.limits:
            return self.inner.start(limits)
        with self.lock:
            future = self.waiting.pop(0) if self.waiting else None
            self.waiting.append(self.pool.submit(self.inner.start, self.limits))
        if future is None:
            return self.inner.start(limits)
        try:
            return future.result()
        except Exception:  # a failed prestart: start one now, and let its error speak
            return self.inner.start(limits)

    def start_reference(self, limits: Limits) -> Sandbox:
        """The reference's sandbox: a warm one too (only Python's sandboxes are warmed)."""
        return self.start(limits)

    def for_language(self, language: Language) -> Backend:
        """Itself for Python (its warm sandboxes are Python's); the inner backend's otherwise."""
        return self if language is PYTHON else self.inner.for_language(language)

    def close(self) -> None:
        with self.lock:
            waiting, self.waiting = self.waiting, []
        for future in waiting:
            with contextlib.suppress(Exception):  # one that never started has nothing to close
                future.result().close()
        self.pool.shutdown(wait=True)
