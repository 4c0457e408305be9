"""Spare sandboxes: started before they are needed, kept for the next run.

A container takes a third of a second to create and start, more than the rest of a
small run. So `judge run` leaves, after its verdict, a detached process that starts
a few spares: containers made with the same settings as any sandbox, whose BOOT
(judge/harness/boot.py) has imported the prelude's modules and waits for its first
frame. The next run claims one instead of creating a container.

- A spare has run nothing: it gets one run's solution (or reference), and is removed
  after it like any other sandbox. Nothing is reused between runs.
- Claiming is renaming, under a lock file that judges on this machine take in turn
  (the engine would rename one container for two judges asking at once). The new
  name carries the run's id, so the run's cleanup finds it as it finds the
  containers it created.
- A spare nobody claims ends by itself after `ttl_s()` (BOOT's alarm) and the engine
  removes it (auto-remove); `judge sandbox prune` removes the spares at once.
- `JUDGE_SPARES` sets how many are kept (2: a run's solution and reference; 0: none,
  and every run creates its containers as before).
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from judge.harness.boot import BOOT, PRELUDE_IMPORTS, command
from judge.sandbox import channel
from judge.sandbox.base import Limits

if TYPE_CHECKING:
    from judge.sandbox.client import HarnessClient
    from judge.sandbox.docker import DockerEngine

LABEL = "judge.spare"  # its value: the key of the settings the spare was made with
EXPIRES = "judge.expires"  # when its alarm ends it, in seconds since the epoch
PREFIX = "judge-spare-"  # an unclaimed spare's name
ENV_COUNT = "JUDGE_SPARES"
ENV_TTL = "JUDGE_SPARE_TTL"
DEFAULT_COUNT = 2
DEFAULT_TTL_S = 600
MARGIN_S = 30  # a spare this close to its end is left to expire, not claimed


def wanted() -> int:
    """How many spares to keep, from JUDGE_SPARES (a bad value: the default)."""
    try:
        return max(0, int(os.environ.get(ENV_COUNT, DEFAULT_COUNT)))
    except ValueError:
        return DEFAULT_COUNT


def ttl_s() -> int:
    try:
        return max(MARGIN_S + 5, int(os.environ.get(ENV_TTL, DEFAULT_TTL_S)))
    except ValueError:
        return DEFAULT_TTL_S


def key(image: str, limits: Limits) -> str:
    """What a spare must match to serve a run: the image, every limit, and the BOOT it
    runs (a spare left by another version of the judge serves none of this one's runs)."""
    text = json.dumps([image, asdict(limits), BOOT, PRELUDE_IMPORTS], sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def claimed_prefix(run_id: str | None) -> str:
    return f"judge-run-{run_id}-" if run_id else "judge-run-"


def spare_settings(settings: dict[str, Any], image: str, limits: Limits, ttl: int) -> dict[str, Any]:
    """A sandbox's settings (docker.container_settings) turned into a spare's."""
    spare = dict(settings)
    spare["command"] = command(ttl)
    spare["labels"] = {LABEL: key(image, limits), EXPIRES: str(int(time.time()) + ttl)}
    if channel.LABEL in settings["labels"]:  # its claimer offers the direct channel there
        spare["labels"][channel.LABEL] = settings["labels"][channel.LABEL]
    spare["name"] = f"{PREFIX}{uuid.uuid4().hex[:12]}"
    return spare


def waiting(api: Any, image: str, limits: Limits) -> list[dict[str, Any]]:
    """The unclaimed spares made for these settings that still have time to serve, oldest first."""
    now = time.time()
    found = api.containers(filters={"label": f"{LABEL}={key(image, limits)}", "status": "running"})
    return sorted(
        (
            entry
            for entry in found
            if any(name.startswith(f"/{PREFIX}") for name in entry.get("Names", ()))
            and int(entry.get("Labels", {}).get(EXPIRES, 0)) - now >= MARGIN_S
        ),
        key=lambda entry: entry.get("Created", 0),
    )


def claim(engine: DockerEngine, limits: Limits, run_id: str, image: str) -> HarnessClient | None:
    """A spare made for these settings, renamed to this run's and booted; None if none is free."""
    import docker.errors

    api = engine.client.api
    while True:
        with claiming():
            entry = next(iter(waiting(api, image, limits)), None)
            if entry is None:
                return None
            try:
                api.rename(entry["Id"], f"{claimed_prefix(run_id)}{uuid.uuid4().hex[:12]}")
            except docker.errors.APIError:
                continue  # it ended meanwhile
        client = engine.adopt(engine.client.containers.get(entry["Id"]), limits)
        if client is not None:
            return client


@contextlib.contextmanager
def claiming() -> Iterator[None]:
    """One judge at a time between looking for a spare and renaming it: the engine
    renames a container twice if asked twice at once, so two judges could each take it."""
    path = Path(platformdirs.user_cache_dir("judge")) / "spares.lock"
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def fill(engine: DockerEngine, limits: Limits, image: str, count: int) -> int:
    """Start spares until `count` of these settings wait; how many were started."""
    missing = count - len(waiting(engine.client.api, image, limits))
    for _ in range(missing):
        engine.start_spare(limits, image, ttl_s())
    engine.prune_directories()  # those of spares that expired unclaimed
    return max(missing, 0)


def replenish(image: str, limits: Limits) -> None:
    """Leave a detached process that starts the spares the next run will claim."""
    if wanted() == 0:
        return
    subprocess.Popen(
        [sys.executable, "-m", "judge.sandbox.spares", image, json.dumps(asdict(limits))],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # not killed with the terminal's process group, nor waited for
        close_fds=True,
    )


def main(argv: list[str]) -> int:
    """`python -m judge.sandbox.spares IMAGE LIMITS_JSON`: top the spares up, quietly."""
    from judge.sandbox.docker import DockerEngine

    image, limits = argv[0], Limits(**json.loads(argv[1]))
    try:
        fill(DockerEngine.connect(), limits, image, wanted())
    except Exception:  # no spares is only slower: the next run creates its containers
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
