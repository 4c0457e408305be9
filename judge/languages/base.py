"""What the judge needs to know of a language a solution can be written in.

Each language is a package beside this module (python/, java/, ...) that defines one
`Language`: how its files are named, the Debian packages its sandbox image is built
from, and whether the judge has a harness for it yet. Adding a language is a new
folder and one line in languages/__init__.py.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from judge.problem import Problem


class Starter(Protocol):
    """A language's starter files (judge/starter.py for Python)."""

    def starter_source(self, problem: Problem) -> str:
        """A file to start from: LeetCode's signature in this language, body empty."""

    def signature(self, problem: Problem) -> str:
        """The signature alone, for `judge show`."""


class Harness(Protocol):
    """How a language's harness gets into a sandbox (judge/harness/boot.py for Python)."""

    def command(self, wait_s: int = ..., memory_mb: int = ...) -> list[str]:
        """The sandbox's command: the runtime, waiting for its first frame (memory_mb:
        the sandbox's memory, for a runtime that sets a heap limit of its own)."""

    def boot_frame(self) -> bytes:
        """The first frame: the harness's own source."""


@dataclass(frozen=True)
class Language:
    name: str  # as --language takes it: "python", "java", "cpp", "javascript"
    title: str  # as people write it: "Python", "C++"
    extensions: tuple[str, ...]  # file name endings, the first one the usual
    image: str  # the Docker tag of its sandbox image
    packages: tuple[str, ...]  # the Debian packages that image is built from
    harness_module: str = ""  # the module that boots its harness (a Harness); "": none yet
    starter_module: str = ""  # the module with its starter_source(problem) and signature(problem)
    # its calls can sit below the clock's noise at every size the growth probe reaches:
    # the probe times many of them together (engine.measure, the protocol's `repeat`)
    native_speed: bool = False
    suite: str = "bookworm"  # the Debian release its image is built from
    # an executable tmpfs its sandbox mounts here (a compiled language builds and runs its
    # program there; /tmp stays noexec): "" for none
    exec_scratch: str = ""
    exec_scratch_mb: int = 0
    # commands mmdebstrap runs in the new root once its packages are in (--customize-hook;
    # "$1" is the root), e.g. a precompiled header
    image_hooks: tuple[str, ...] = ()
    # the CPU a sandbox may spend loading a solution (a compiled language compiles it then)
    load_limit_s: float = 5.0
    # its harness speaks over the direct channel where one is offered (sandbox/channel.py)
    direct_channel: bool = False

    @property
    def judged(self) -> bool:
        """Whether the judge runs its solutions (it has a harness)."""
        return bool(self.harness_module)

    def starter(self) -> Starter:
        module: Starter = importlib.import_module(self.starter_module)
        return module

    def harness(self) -> Harness:
        module: Harness = importlib.import_module(self.harness_module)
        return module

    @property
    def sandbox_dir(self) -> str:
        """Its folder under sandboxes/ (the image definition)."""
        return self.name
