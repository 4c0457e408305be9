"""`judge watch`: judge again on every save.

Editors save in different ways (in place, or a new file renamed over the old one),
so the file's identity and contents are polled rather than trusting one kind of
event: a change of inode, size or modification time is a save. Sandboxes for the next
run are started while the person types (sandbox/warm.py), so a re-judge costs little
more than the tests themselves.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

POLL_S = 0.02  # a stat every 20 ms costs next to nothing
SETTLE_S = 0.03  # a save in progress: wait until the file stops changing


def fingerprint(path: Path) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns


def wait_for_change(
    path: Path, last: tuple[int, int, int] | None, stop: Callable[[], bool]
) -> tuple[int, int, int] | None:
    """Block until path's fingerprint differs from last (and settles); None if stopped."""
    while not stop():
        time.sleep(POLL_S)
        now = fingerprint(path)
        if now is not None and now != last:
            time.sleep(SETTLE_S)
            settled = fingerprint(path)
            if settled == now:
                return now
    return None


def watch(path: Path, judge_once: Callable[[], None], stop: Callable[[], bool] = lambda: False) -> None:
    """Judge now, then again after every save, until stop() says so."""
    last = fingerprint(path)
    judge_once()
    while not stop():
        changed = wait_for_change(path, last, stop)
        if changed is None:
            return
        last = changed
        judge_once()
