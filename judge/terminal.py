"""A transient status line on a terminal: a progress count, a countdown.

Written to stderr and redrawn in place; where stderr is not a terminal (a CI log, a
pipe) nothing is drawn, so logs hold only the lasting lines.
"""

from __future__ import annotations

import shutil
import sys
from typing import TextIO


class StatusLine:
    def __init__(self, stream: TextIO | None = None, enabled: bool | None = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.shown = False

    def show(self, text: str) -> None:
        if not self.enabled:
            return
        width = shutil.get_terminal_size().columns - 1
        self.stream.write("\r\x1b[K" + text[:width])
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.shown = False

    def print(self, line: str) -> None:
        """A lasting line, above the status line."""
        self.clear()
        self.stream.write(line + "\n")
        self.stream.flush()
