"""Generated inputs: Hypothesis on the host drives the solution in its sandbox.

Each generated input is one call into the run's warm sandbox; the expected answer
comes from the reference on the host. When an answer is wrong, Hypothesis shrinks
the input through the same sandbox (a timeout or crash while shrinking restarts the
sandbox and counts as that input's verdict) and we keep the last failing input of
the first failure's kind: after shrinking, Hypothesis replays the smallest one last.

Failing inputs are stored per problem in the user's cache directory and replayed
first on the next run of the same problem, as pytest users expect. An explicit
--seed turns that store off, so that the same seed repeats the same run exactly.
"""

from __future__ import annotations

import random
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


def explore(slug: str, strategy: Any, call: Call, examples: int, seed: int | None) -> PropertyOutcome:
    """Run `examples` generated inputs through `call`; shrink the first failure."""
    outcome = PropertyOutcome(seed=seed if seed is not None else random.getrandbits(32))
    if examples <= 0:
        return outcome
    from hypothesis import HealthCheck, Verbosity, given, settings
    from hypothesis import seed as hypothesis_seed
    from hypothesis.errors import HypothesisException

    failing_since: list[float] = []
    first_failure: list[dict[str, Any]] = []

    def attempt(args: dict[str, Any]) -> None:
        if failing_since and time.monotonic() - failing_since[0] > SHRINK_BUDGET_S:
            return  # stop shrinking: what we hold is small enough
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
            return  # another kind of failure: not what we are shrinking
        outcome.args, outcome.expected, outcome.result, outcome.judgement = args, expected, result, judgement
        raise _Failed

    config = settings(
        max_examples=max(examples, 1),
        deadline=None,
        database=example_database(slug) if seed is None else None,
        suppress_health_check=list(HealthCheck),
        verbosity=Verbosity.quiet,
        derandomize=False,
        print_blob=False,
    )
    test = hypothesis_seed(outcome.seed)(config(given(strategy)(attempt)))
    try:
        test()
    except _Failed:
        pass
    except HypothesisException:  # flaky replays and the like: keep what we recorded
        pass
    outcome.shrunk = bool(first_failure) and outcome.args != first_failure[0]
    return outcome
