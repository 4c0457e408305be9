"""Where the resident judge listens, and which code it runs (the standard library only:
the client imports this before it knows whether it will need anything else)."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

ENV_SWITCH = "JUDGE_RESIDENT"  # "0": never use or leave a resident judge
ENV_DIR = "JUDGE_RESIDENT_DIR"  # where its socket lives (tests: a folder of their own)
ENV_TTL = "JUDGE_RESIDENT_TTL"
DEFAULT_TTL_S = 600
PACKAGE = Path(__file__).resolve().parent.parent  # the `judge` package


def enabled() -> bool:
    return os.environ.get(ENV_SWITCH, "1").strip() != "0"


def ttl_s() -> float:
    try:
        return max(1.0, float(os.environ.get(ENV_TTL, DEFAULT_TTL_S)))
    except ValueError:
        return float(DEFAULT_TTL_S)


def directory() -> Path:
    """A folder of this user's, made 0700: $JUDGE_RESIDENT_DIR, else under
    $XDG_RUNTIME_DIR, else under the user's cache folder."""
    if os.environ.get(ENV_DIR):
        return Path(os.environ[ENV_DIR])
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    base = Path(runtime) if runtime else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "judge-resident"


def code_key() -> str:
    """Which judge this is: its Python environment (sys.prefix: a venv's `python` and
    `python3` are one), its package folder, and every source file's
    name, size and modification time. A resident whose key differs runs other code."""
    digest = hashlib.sha256(f"{sys.prefix}\0{PACKAGE}".encode())
    for folder, dirs, files in os.walk(PACKAGE):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if name.endswith((".py", ".js", ".java", ".cpp", ".hpp")):
                stat = os.stat(os.path.join(folder, name))
                digest.update(f"{folder}/{name}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:24]


def socket_path() -> Path:
    """One socket per Python environment and package folder (two installs never share one)."""
    tag = hashlib.sha256(f"{sys.prefix}\0{PACKAGE}".encode()).hexdigest()[:12]
    return directory() / f"judge-{tag}.sock"


def private_directory() -> Path | None:
    """The directory, made if missing; None when it is not this user's alone."""
    folder = directory()
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = folder.stat()
    except OSError:
        return None
    if info.st_uid != os.getuid() or info.st_mode & 0o077:
        return None
    return folder
