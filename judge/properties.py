"""Generated inputs: Hypothesis on the host drives the solution in its sandbox.

Hypothesis draws the inputs first and they go to the run's warm sandbox in batches
(no input depends on another's answer); the expected answers come from the
reference on the host. When an answer is wrong, Hypothesis runs again with the same
seed, now calling the solution input by input (those that passed are answered from
memory), and shrinks the failing input through the same sandbox (a timeout or crash
while shrinking restarts the sandbox and counts as that input's verdict). We keep
the last failing input of the first failure's kind: after shrinking, Hypothesis
replays the smallest one last.

Failing inputs are stored per problem in the user's cache directory and replayed
first on the next run of the same problem, as pytest users expect. An explicit
--seed turns that store off, so that the same seed repeats the same run exactly.
"""

from __future__ import annotations

import json
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from judge.judging import Judgement
from judge.report import Verdict
from judge.sandbox.base import CallResult

if TYPE_CHECKING:  # Hypothesis takes a while to import: a run loads it while its sandboxes start
    from hypothesis.database import DirectoryBasedExampleDatabase

DEFAULT_EXAMPLES = 100
SHRINK_BUDGET_S = 10.0  # past this, the smallest failing input found so far is reported

Call = Callable[[dict[str, Any]], tuple[CallResult, Any, Judgement]]


@dataclass
class PropertyOutcome:
    seed: int
    tried: int = 0  # generated inputs judged before the first failure, that one included
    passed: int = 0
    verdict: Verdict | None = None
    args: dict[str, Any] | None = None
    expected: Any = None
    result: CallResult | None = None
    judgement: Judgement | None = None
    shrunk: bool = False
    inputs: list[dict[str, Any]] = field(default_factory=list)  # the passing inputs, in order
    inside_ns: list[int] = field(default_factory=list)  # their call times, same order


class _Failed(AssertionError):
    pass


def example_database(slug: str) -> DirectoryBasedExampleDatabase:
    from hypothesis.database import DirectoryBasedExampleDatabase

    path = Path(platformdirs.user_cache_dir("judge")) / "hypothesis" / slug
    return DirectoryBasedExampleDatabase(str(path))


CallMany = Callable[[list[dict[str, Any]]], list[tuple[CallResult, Any, Judgement]]]

# Hypothesis runs one test at a time in a process: a drawing in the background and a
# search (or the next run's drawing, in `judge watch`) take turns.
_hypothesis = threading.Lock()


class Drawing:
    """The generated inputs of a run, drawn in a background thread while its sandbox
    starts and its hand-picked cases run; `inputs()` waits for them."""

    def __init__(self, slug: str, strategy: Callable[[], Any], examples: int, seed: int | None) -> None:
        self.slug, self.strategy, self.examples, self.seed = slug, strategy, examples, seed
        self.chosen = seed if seed is not None else random.getrandbits(32)
        self.drawn: list[dict[str, Any]] = []
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._draw, name="draw-inputs", daemon=True)
        self.thread.start()

    def _draw(self) -> None:
        try:
            with _hypothesis:
                self.drawn = _draw(self.slug, self.strategy(), self.examples, self.seed, self.chosen)
        except BaseException as e:  # raised again where the inputs are wanted
            self.error = e

    def inputs(self) -> list[dict[str, Any]]:
        self.thread.join()
        if self.error is not None:
            raise self.error
        return self.drawn


def explore(
    slug: str,
    strategy: Any,
    call: Call,
    examples: int,
    seed: int | None,
    call_many: CallMany | None = None,
    drawing: Drawing | None = None,
) -> PropertyOutcome:
    """Run `examples` generated inputs through `call`; shrink the first failure.

    With `call_many`, the inputs are drawn first (by `drawing`, if it is under way) and
    sent in batches (no input depends on another's answer); only when one fails does
    Hypothesis run again, with the same seed, to shrink it: the inputs that passed are
    answered from memory on the way."""
    chosen = drawing.chosen if drawing is not None else seed
    outcome = PropertyOutcome(seed=chosen if chosen is not None else random.getrandbits(32))
    if examples <= 0:
        return outcome
    if call_many is None:
        _search(outcome, slug, strategy, call, examples, seed, {})
        return outcome
    if drawing is not None:
        drawn = drawing.inputs()
    else:
        with _hypothesis:
            drawn = _draw(slug, strategy, examples, seed, outcome.seed)
    judged = call_many(drawn)
    passing: dict[str, Any] = {}
    for args, (result, expected, judgement) in zip(drawn, judged, strict=False):
        outcome.tried += 1
        if not judgement.passed:
            outcome.verdict = judgement.verdict
            outcome.args, outcome.expected, outcome.result, outcome.judgement = (
                args,
                expected,
                result,
                judgement,
            )
            break
        outcome.passed += 1
        outcome.inputs.append(args)
        outcome.inside_ns.append(result.inside_ns or 0)
        passing[_key(args)] = True
    if outcome.verdict is not None:
        first = outcome.args
        _search(outcome, slug, strategy, call, examples, seed, passing)
        outcome.shrunk = outcome.args != first
    return outcome


def _key(args: dict[str, Any]) -> str:
    return json.dumps(args, sort_keys=True)


def _settings(slug: str, examples: int, seed: int | None, read_only: bool) -> Any:
    from hypothesis import HealthCheck, Verbosity, settings
    from hypothesis.database import ReadOnlyDatabase

    database: Any = None
    if seed is None:
        database = example_database(slug)
        if read_only:  # drawing must not forget the failures stored for replay
            database = ReadOnlyDatabase(database)
    return settings(
        max_examples=max(examples, 1),
        deadline=None,
        database=database,
        suppress_health_check=list(HealthCheck),
        verbosity=Verbosity.quiet,
        derandomize=False,
        print_blob=False,
    )


def _draw(slug: str, strategy: Any, examples: int, seed: int | None, chosen: int) -> list[dict[str, Any]]:
    """The inputs Hypothesis generates for this seed, stored failures first, none judged."""
    from hypothesis import given
    from hypothesis import seed as hypothesis_seed

    drawn: list[dict[str, Any]] = []

    def keep(args: dict[str, Any]) -> None:
        drawn.append(args)

    config = _settings(slug, examples, seed, read_only=True)
    hypothesis_seed(chosen)(config(given(strategy)(keep)))()
    return drawn[:examples]


def _search(
    outcome: PropertyOutcome,
    slug: str,
    strategy: Any,
    call: Call,
    examples: int,
    seed: int | None,
    passing: dict[str, Any],
) -> None:
    """Hypothesis calling the solution input by input, shrinking the first failure.

    `passing`: inputs already judged and passed (their calls are not made again); when
    given, the counts are already made and only shrinking is left to do."""
    from hypothesis import given
    from hypothesis import seed as hypothesis_seed
    from hypothesis.errors import HypothesisException

    counting = not passing and outcome.verdict is None
    failing_since: list[float] = [] if counting else [time.monotonic()]
    first_failure: list[dict[str, Any]] = []

    def attempt(args: dict[str, Any]) -> None:
        if failing_since and time.monotonic() - failing_since[0] > SHRINK_BUDGET_S:
            return  # stop shrinking: what we hold is small enough
        if passing and _key(args) in passing:
            return
        result, expected, judgement = call(args)
        if outcome.verdict is None:
            outcome.tried += 1
            if judgement.passed:
                outcome.passed += 1
                outcome.inputs.append(args)
                outcome.inside_ns.append(result.inside_ns or 0)
                return
            failing_since.append(time.monotonic())
            first_failure.append(args)
            outcome.verdict = judgement.verdict
        elif judgement.verdict is not outcome.verdict:
            return  # another kind of failure (or a pass): not what we are shrinking
        outcome.args, outcome.expected, outcome.result, outcome.judgement = args, expected, result, judgement
        raise _Failed

    config = _settings(slug, examples, seed, read_only=False)
    test = hypothesis_seed(outcome.seed)(config(given(strategy)(attempt)))
    try:
        with _hypothesis:
            test()
    except _Failed:
        pass
    except HypothesisException:  # flaky replays and the like: keep what we recorded
        pass
    if counting:
        outcome.shrunk = bool(first_failure) and outcome.args != first_failure[0]
