"""Which judges are still running, so that `judge sandbox prune` leaves their sandboxes be.

A process that starts sandboxes under a run id holds a shared lock on a file named after
that id for as long as it lives (`judge check` and its workers share one id, and each
holds it). The lock goes with the process however it ends, so a run id whose file can
be locked exclusively has no live owner: its containers are leftovers.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path
from typing import IO

import platformdirs


def _path(run_id: str) -> Path:
    return Path(platformdirs.user_cache_dir("judge")) / "runs" / f"{run_id}.lock"


def hold(run_id: str) -> IO[bytes]:
    """A shared lock on run_id's file: this process owns the run while the returned file
    stays open (keep it as long as the run's sandboxes may exist; it closes, and the lock
    goes, when it is dropped or the process ends)."""
    path = _path(run_id)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(path, "ab")  # noqa: SIM115 - kept open by the caller, on purpose
    fcntl.flock(handle, fcntl.LOCK_SH)
    return handle


def alive(run_id: str) -> bool:
    """Whether some live process owns run_id (its lock file is then removed if not).

    A lock taken through another open file conflicts even within one process, so this
    process's own runs count as alive too."""
    path = _path(run_id)
    try:
        handle = open(path, "rb")  # noqa: SIM115 - closed below
    except OSError:
        return False
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        with contextlib.suppress(OSError):
            os.unlink(path)
    return False
