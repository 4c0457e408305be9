"""How the harness gets into a container: a tiny BOOT program and one frame.

A sandbox runs `python3 -I -S -c BOOT`.  BOOT reads one length-prefixed frame from
fd 0 with os.read (a buffered read could swallow the next frame), registers each
module it carries under its own name with a private copy of the builtins, and calls
the main module's `main()`.  Nothing is mounted, so any image with a python3 works.
While it waits for that frame it imports the prelude's modules, and an alarm ends it
if the frame never comes (a spare sandbox that no run claimed, see sandbox/spares.py).
"""

from __future__ import annotations

import json
from importlib import resources

BOOT = """\
import os, sys, json, types, builtins, signal
signal.alarm(%(wait_s)d)
sys.path.append("/usr/lib/python3/dist-packages")
for _n in %(modules)r:
    try:
        __import__(_n)
    except Exception:
        pass
def _r(n):
    b = b""
    while len(b) < n:
        c = os.read(0, n - len(b))
        if not c:
            os._exit(0)
        b += c
    return b
_f = json.loads(_r(int.from_bytes(_r(4), "big")))
signal.alarm(0)
for _name, _src in _f["modules"]:
    _m = types.ModuleType(_name)
    _m.__dict__["__builtins__"] = dict(builtins.__dict__)
    sys.modules[_name] = _m
    _p, _, _c = _name.rpartition(".")
    if _p:
        setattr(sys.modules[_p], _c, _m)
    exec(compile(_src, _name, "exec"), _m.__dict__)
sys.modules[_f["main"]].main()
"""

# The prelude's modules (loader.py), imported while the sandbox waits for its first
# frame: a spare sandbox has them ready before any run claims it.
PRELUDE_IMPORTS = (
    "collections", "heapq", "bisect", "itertools", "functools", "re", "string", "operator",
    "copy", "random", "datetime", "statistics", "math", "io", "typing", "sortedcontainers",
)  # fmt: skip
BOOT_WAIT_S = 60  # a sandbox whose judge never boots it ends by itself


def command(wait_s: int = BOOT_WAIT_S, memory_mb: int = 0) -> list[str]:
    """The sandbox's command: BOOT, ending by itself if no frame comes within wait_s
    (memory_mb: unused, Python has no heap limit of its own)."""
    return ["python3", "-I", "-S", "-c", BOOT % {"wait_s": wait_s, "modules": PRELUDE_IMPORTS}]


COMMAND = command()

_MODULES = ("codec", "loader", "runner")


def frame(payload: bytes) -> bytes:
    return len(payload).to_bytes(4, "big") + payload


def boot_frame() -> bytes:
    """The first frame a sandbox receives: the harness's own source."""
    package = resources.files("judge.harness")
    modules = [("judge", ""), ("judge.harness", "")]
    modules += [(f"judge.harness.{m}", (package / f"{m}.py").read_text("utf-8")) for m in _MODULES]
    body = {"modules": modules, "main": "judge.harness.runner"}
    return frame(json.dumps(body).encode("utf-8"))
