"""What the judge needs to know of a language a solution can be written in.

Each language is a package beside this module (python/, java/, ...) that defines one
`Language`: how its files are named, the Debian packages its sandbox image is built
from, and whether the judge has a harness for it yet. Adding a language is a new
folder and one line in languages/__init__.py.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    name: str  # as --language takes it: "python", "java", "cpp", "javascript"
    title: str  # as people write it: "Python", "C++"
    extensions: tuple[str, ...]  # file name endings, the first one the usual
    image: str  # the Docker tag of its sandbox image
    packages: tuple[str, ...]  # the Debian packages that image is built from
    judged: bool = False  # True once a harness runs its solutions

    @property
    def sandbox_dir(self) -> str:
        """Its folder under sandboxes/ (the image definition)."""
        return self.name
