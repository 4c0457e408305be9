"""Inputs made ahead: what the resident judge prepares between commands for the next run
of a problem.

People judge one problem again and again while they work on it. After `judge run SLUG`
has printed its verdict, its fork names SLUG to the resident (handoff.py), and the
resident, idle until the next command, makes what that problem's next run would make
first on its way to a verdict:

- the generated inputs of a run with the default count and no `--seed`, drawn with a
  seed of their own (properties.Drawing, finished before the next fork);
- the growth probe's large inputs, `large(n, Random(n))`: the same on every run, kept
  as pickles (each run gets its own copy to mutate) with their encoded stage frames.

Every fork made after that starts with them in memory. Only inputs are prepared: no
sandbox, nothing a solution could see or leave behind.
"""

from __future__ import annotations

import pickle
import random
import time
from dataclasses import dataclass, field
from typing import Any

from judge import complexity, properties
from judge.problem import Problem
from judge.sandbox.client import staging

BUDGET_S = 2.0  # the resident answers no command meanwhile: no more than this
BYTES_MAX = 64 * 1024 * 1024  # the large inputs' frames, at most


@dataclass
class Prepared:
    slug: str
    drawing: properties.Drawing | None = None
    copies: int = 0  # the stage frames' copies (engine.PROBE_REPEATS)
    large: dict[int, tuple[bytes, bytes]] = field(default_factory=dict)  # n -> (pickled args, frame)


_prepared: Prepared | None = None


def prepare(problem: Problem) -> None:
    """In the resident: make the next run's inputs for `problem` (replacing any others)."""
    from judge.engine import PROBE_REPEATS, start_drawing  # the engine takes what is made here

    global _prepared
    _prepared = None
    began = time.monotonic()
    copies = PROBE_REPEATS
    kept = Prepared(problem.slug, copies=copies)
    drawing = start_drawing(problem, None, None)
    if drawing is not None:
        try:
            drawing.inputs()  # finished here: a fork copies no thread
            kept.drawing = drawing
        except Exception:  # the run draws them itself, and says what went wrong
            kept.drawing = None
    large = getattr(problem.cases, "large", None)
    if large is not None and problem.complexity is not None:
        weight = 0
        for n in complexity.sizes_for(problem.complexity) + complexity.sizes_beyond(problem.complexity):
            if time.monotonic() - began > BUDGET_S or weight > BYTES_MAX:
                break
            args = large(n, random.Random(n))
            frame = staging.frame(args, copies)
            kept.large[n] = (pickle.dumps(args, protocol=pickle.HIGHEST_PROTOCOL), frame)
            weight += len(frame)
    _prepared = kept


def handed_out() -> None:
    """In the resident, once it forked a command: that fork has the drawing, no other may."""
    if _prepared is not None:
        _prepared.drawing = None


def take_drawing(slug: str) -> properties.Drawing | None:
    """In a fork: the drawing prepared for a default run of `slug`, used once; else None."""
    if _prepared is None or _prepared.slug != slug or _prepared.drawing is None:
        return None
    drawing, _prepared.drawing = _prepared.drawing, None
    return drawing


def large_input(slug: str, n: int, copies: int) -> dict[str, Any] | None:
    """In a fork: a fresh copy of `large(n, Random(n))` prepared for `slug`, its stage frame
    (for `copies` copies) ready to send; None where none was prepared."""
    if _prepared is None or _prepared.slug != slug or _prepared.copies != copies:
        return None
    kept = _prepared.large.get(n)
    if kept is None:
        return None
    args: dict[str, Any] = pickle.loads(kept[0])
    staging.keep(args, copies, kept[1])
    return args
