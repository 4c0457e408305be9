"""One run of one solution against one problem: source in, Report out.

The order is the one a person expects: load (compile errors first), the examples,
the hidden cases, then generated inputs (properties.py) and, once every answer is
right, the growth check (complexity.py). The first failing case is the one
reported; examples and hidden cases go on after a wrong answer or an exception so
the counts mean something, but a time or memory limit or a crash of the process
ends the run (each further case would cost a fresh sandbox and say nothing new).
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypeVar

from judge import complexity, growth, hints, languages, made_ahead, properties
from judge.charging import charge
from judge.errors import JudgeError
from judge.growth import Probe
from judge.judging import Checker, Judgement, judge_call
from judge.problem import Case, Problem
from judge.reference import Reference, raise_recursion_limit
from judge.report import Complexity, Failure, Group, Report, Timing, Verdict
from judge.sandbox.base import Backend, CallResult, Limits, LoadResult, Outcome, Program
from judge.sandbox.client import staging
from judge.sandbox.session import Prestarted, Session, close_all

ABSENT: Any = object()  # no answer given: Run.call asks the reference

MAX_SOURCE_BYTES = 1024 * 1024
PROBE_MIN_SIZES = 6  # measured even past the budget (a busy machine is slower, not wrong)
PROBE_REPEATS = 3
PROBE_REPEATS_FAST = 5
FAST_CALL_NS = 2_000_000
PROBE_ENOUGH_NS = 250_000_000  # one call this slow already shows the growth
BATCH_CALLS = 50  # independent calls sent to a sandbox in one frame
# A compiled or JIT-compiled language's call can sit near the clock's noise at every
# size the probe reaches (a linear scan of 16k numbers takes 10 us in node): below
# REPEAT_BELOW_NS, the probe times REPEAT_TARGET_NS worth of calls as one measurement.
REPEAT_BELOW_NS = 100_000
REPEAT_TARGET_NS = 2_000_000
REPEAT_MAX = 128
STAGED_BYTES_MAX = 8 * 1024 * 1024  # the staged copies of one input, as JSON
FOLLOW_UP_BYTES_MAX = 1024 * 1024  # an input timed for the follow-up alone: its stage frame
STOPPING = (Verdict.TIME_LIMIT_EXCEEDED, Verdict.MEMORY_LIMIT_EXCEEDED)

Progress = Callable[[str], None]
T = TypeVar("T")


@dataclass(frozen=True)
class RunOptions:
    seed: int | None = None
    property_examples: int | None = None  # None: the problem's default
    growth: bool = True
    progress: Progress | None = None
    drawing: properties.Drawing | None = None  # generated inputs already being drawn (judge watch)


@dataclass
class Tally:
    """What a run has seen so far: counts per group, call times, the first failure."""

    groups: list[Group] = field(default_factory=list)
    times_ns: list[int] = field(default_factory=list)
    failure: Failure | None = None
    verdict: Verdict = Verdict.ACCEPTED
    sandbox_died: bool = False  # a crash: more cases would each cost a fresh sandbox
    peak_kb: int | None = None  # the highest peak memory a judged call reported

    def fail(self, verdict: Verdict, failure: Failure) -> None:
        if self.failure is None:
            self.verdict, self.failure = verdict, failure

    @property
    def stopped(self) -> bool:
        return self.verdict in STOPPING or self.sandbox_died


class Run:
    """The state of one judging run; `judge_solution` is the entry point."""

    def __init__(self, problem: Problem, source: str, filename: str, backend: Backend, options: RunOptions):
        self.problem = problem
        self.filename = filename
        self.options = options
        # the sandboxes start first: everything else here overlaps their start-up
        self.limits = Limits(memory_mb=problem.memory_mb)
        self.program = Program(source, filename, problem.spec())
        self.language = _language(filename)
        self.session = Session(lambda: backend.start(self.limits), self.program, self.language.load_limit_s)
        self.solution_box = Prestarted(self.session)
        reference_program = Program(problem.reference_path.read_text("utf-8"), "reference.py", problem.spec())
        # the reference's sandbox times the solution against it: needed after the
        # generated inputs and for the growth check, so it starts after the solution's
        reference_needed = options.growth or options.property_examples != 0
        self.reference_box = Prestarted(
            Session(lambda: backend.start_reference(self.limits), reference_program),
            after=self.solution_box,
            eager=reference_needed,
        )
        try:
            self.reference = Reference(problem)
            self.check: Checker | None = getattr(problem.cases, "check", None)
        except BaseException:  # Ctrl-C while the cases load: the sandboxes are already starting
            self.close()
            raise
        self.tally = Tally()
        self.drawing: properties.Drawing | None = None
        self.seed: int | None = None
        self.reference_median_ns: int | None = None
        self.solution_sample_median_ns: int | None = None

    def close(self) -> None:
        """Remove both sandboxes, started, starting or not yet started (survives Ctrl-C)."""
        close_all(self.solution_box.close, self.reference_box.close)

    def __enter__(self) -> Run:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def say(self, message: str) -> None:
        if self.options.progress:
            self.options.progress(message)

    def call(self, args: dict[str, Any], expected: Any = ABSENT) -> tuple[CallResult, Any, Judgement]:
        """One call, judged against the reference's answer (computed here unless given)."""
        if expected is ABSENT:
            expected = self.reference.answer(args)
        result = self.session.call(args, self.problem.sandbox_limit_s)
        return result, expected, self.judged(result, expected, args)

    def call_many(self, many: list[dict[str, Any]]) -> list[tuple[CallResult, Any, Judgement]]:
        """Independent calls sent in batches, each judged against the reference's answer;
        the list ends early where the sandbox died."""
        judged: list[tuple[CallResult, Any, Judgement]] = []
        for args, result in self.batches(many, lambda args: args):
            expected = self.reference.answer(args)
            judged.append((result, expected, self.judged(result, expected, args)))
        return judged

    def batches(
        self, items: list[T], args_of: Callable[[T], dict[str, Any]]
    ) -> Iterator[tuple[T, CallResult]]:
        """Each item with the result of its call (args_of(item)), BATCH_CALLS calls to a
        frame: no call depends on another's answer. Ends where the sandbox died."""
        for at in range(0, len(items), BATCH_CALLS):
            chunk = items[at : at + BATCH_CALLS]
            calls = [args_of(item) for item in chunk]
            results = self.session.call_many(calls, self.problem.sandbox_limit_s)
            yield from zip(chunk, results, strict=False)
            if len(results) < len(chunk) or not results[-1].alive:
                return

    def judged(self, result: CallResult, expected: Any, args: dict[str, Any]) -> Judgement:
        """A call's judgement, its time and memory counted in the run's figures."""
        if result.outcome is Outcome.OK and result.inside_ns is not None:
            self.tally.times_ns.append(result.inside_ns)
        if result.peak_kb is not None:
            self.tally.peak_kb = max(self.tally.peak_kb or 0, result.peak_kb)
        return self.judge(result, expected, args)

    def judge(self, result: CallResult, expected: Any, args: dict[str, Any]) -> Judgement:
        """One call's verdict under this problem's rules (limit, tolerance, checker, in place)."""
        return judge_call(
            result,
            expected,
            args,
            time_limit_s=self.problem.time_limit_s,
            tolerance=self.problem.tolerance,
            check=self.check,
            inplace=self.problem.inplace,
        )

    def failure(
        self,
        group: str,
        case: str,
        args: dict[str, Any] | None,
        expected: Any,
        result: CallResult,
        judgement: Judgement,
        tag: str | None = None,
        shrunk: bool = False,
    ) -> Failure:
        error = result.error.as_dict() if result.error is not None else None
        got = result.value if result.outcome is Outcome.OK else None
        hint = hints.error_hint(result.error.type, result.error.message) if result.error else None
        return Failure(
            group=group,
            case=case,
            input=args,
            expected=expected,
            got=got,
            stdout=result.stdout,
            error=error,
            tag=tag,
            reason=hints.with_hint(judgement.reason, hint),
            shrunk=shrunk,
        )

    def prepare(self) -> dict[str, list[tuple[Case, Any]]]:
        """Host-side work done while the sandboxes start: the cases and their answers."""
        groups = {"examples": self.problem.examples(), "hidden": self.problem.hidden()}
        return {
            name: [(case, self.reference.answer(case.args)) for case in cases]
            for name, cases in groups.items()
        }

    def load(self) -> bool:
        loaded = self.solution_box.wait()
        verdict, reason = _load_verdict(loaded)
        if verdict is None:
            return True
        error = loaded.error.as_dict() if loaded.error is not None else None
        self.tally.fail(
            verdict,
            Failure(
                group="load",
                case="load",
                input=None,
                expected=None,
                got=None,
                stdout=loaded.stdout,
                error=error,
                reason=reason,
            ),
        )
        return False

    def run_cases(self, name: str, cases: list[tuple[Case, Any]]) -> None:
        """Hand-picked cases, sent in batches: no case depends on another's answer."""
        passed = run = 0
        for (case, expected), result in self.batches(cases, lambda pair: pair[0].args):
            judgement = self.judged(result, expected, case.args)
            run += 1
            if judgement.passed:
                passed += 1
            elif judgement.verdict is not None:
                self.tally.sandbox_died = not result.alive
                self.tally.fail(
                    judgement.verdict,
                    self.failure(name, str(case.number), case.args, expected, result, judgement, case.tag),
                )
            if self.tally.stopped:
                break
        self.tally.groups.append(Group(name, passed, len(cases), run))
        self.say(f"{name}: {passed}/{len(cases)} passed")

    def start_drawing(self) -> properties.Drawing | None:
        """Draw the generated inputs in the background from now on (None: none to draw)."""
        if self.options.drawing is not None:
            self.drawing = self.options.drawing
            return self.drawing
        self.drawing = start_drawing(self.problem, self.options.property_examples, self.options.seed)
        return self.drawing

    def run_properties(self) -> None:
        """Generated inputs, after the hand-picked ones all passed."""
        strategy = getattr(self.problem.cases, "inputs", None)
        if strategy is None:
            return
        wanted = self.options.property_examples
        examples = properties.DEFAULT_EXAMPLES if wanted is None else wanted
        drawing = self.drawing if self.drawing is not None else self.start_drawing()
        found = properties.explore(
            self.problem.slug, strategy(), self.call, examples, self.options.seed, self.call_many, drawing
        )
        self.seed = found.seed
        self.tally.groups.append(Group("property", found.passed, found.tried, found.tried))
        self.say(f"property: {found.passed}/{found.tried} generated inputs passed")
        if found.verdict is not None and found.result is not None and found.judgement is not None:
            case = "shrunk" if found.shrunk else str(found.tried)
            self.tally.fail(
                found.verdict,
                self.failure(
                    "property",
                    case,
                    found.args,
                    found.expected,
                    found.result,
                    found.judgement,
                    shrunk=found.shrunk,
                ),
            )
        else:
            self.compare_with_reference(found.inputs, found.inside_ns)

    def compare_with_reference(
        self, inputs: list[dict[str, Any]], solution_ns: list[int], sample: int = 40
    ) -> None:
        """The reference's median time on the same inputs, in a sandbox of its own."""
        if not inputs:
            return
        reference = self.reference_box.get()
        if reference is None:
            return
        times, mine = [], []
        results = reference.call_many(inputs[:sample], self.problem.sandbox_limit_s)
        for result, ns in zip(results, solution_ns, strict=False):
            if result.outcome is Outcome.OK and result.inside_ns:
                times.append(result.inside_ns)
                mine.append(ns)
        if times:
            self.reference_median_ns = int(statistics.median(times))
            self.solution_sample_median_ns = int(statistics.median(mine))

    def measure(
        self, session: Session, args: dict[str, Any], native_speed: bool = False, staged: bool = False
    ) -> tuple[list[CallResult], bool]:
        """PROBE_REPEATS calls on one input; False when a call did not answer.

        native_speed: the solution's language runs at native speed (Language), and a
        call far below the clock's noise is timed as the average of many (`repeat`).
        staged: the input's PROBE_REPEATS copies are staged already (stage_side_by_side)."""
        results: list[CallResult] = []
        repeats, together, asked = PROBE_REPEATS, 1, not native_speed
        if not staged:
            session.stage(args, PROBE_REPEATS)  # calls past these build their own arguments
        while len(results) < repeats:
            result = session.call(None, self.problem.sandbox_limit_s, together)
            results.append(result)
            if result.outcome is not Outcome.OK:
                return results, False
            inside = result.inside_ns or 0
            if inside < FAST_CALL_NS:
                repeats = PROBE_REPEATS_FAST  # cheap: more repeats tame the scheduler's noise
            if not asked and inside < REPEAT_BELOW_NS:
                asked = True  # once: staging again before every call makes each call the first after
                # a stage, which costs node's sandbox up to 0.6 ms more CPU than the next one
                together = _together(args, inside)
                if together > 1:
                    session.stage(args, together * (repeats - len(results)))
            if inside > PROBE_ENOUGH_NS:
                break  # noise is small beside a call this slow, and repeats are dear
        return results, True

    def run_growth(self) -> Complexity | None:
        """Time against n for the solution and the reference; too_slow when clearly worse
        than the bar, not optimal when clearly worse than the follow-up (growth.py)."""
        large = getattr(self.problem.cases, "large", None)
        expected = self.problem.complexity
        if large is None or expected is None:
            return None
        optimal = self.problem.follow_up
        reference = self.reference_box.get()
        if reference is None:
            return Complexity(
                expected, None, None, "the reference did not start: growth not measured", follow_up=optimal
            )
        probe = self.probe(reference, large, expected, optimal)
        if probe is None:
            return None
        largest = growth.at_largest(self.problem.max_n, self.problem.demanded, self.problem.time_limit_s)
        found = growth.assess(expected, optimal, probe, largest)
        if found.ok is False:
            self.tally.verdict = Verdict.TOO_SLOW
        return found

    def probe(
        self, reference: Session, large: Callable[..., Any], expected: str, optimal: str | None
    ) -> Probe | None:
        """The solution's and the reference's times on inputs of growing size; None when a
        call inside the constraints failed (its verdict is in the tally)."""
        began = time.monotonic()
        regular = complexity.sizes_for(expected)
        on_bar = regular + complexity.sizes_beyond(expected)
        following = complexity.follow_up_sizes(expected, optimal) if self.language.native_speed else []
        sizes = on_bar + following
        max_n = self.problem.max_n
        probe = Probe(
            sizes, [], [], bar_sizes=len(on_bar) if following else 0, native_speed=self.language.native_speed
        )
        for i, n in enumerate(sizes):
            spent = time.monotonic() - began
            if i >= len(on_bar):
                if spent >= growth.PROBE_UNSURE_BUDGET_S:
                    break
            elif len(probe.charges) >= PROBE_MIN_SIZES and not growth.keep_probing(
                spent, i >= len(regular), expected, optimal, on_bar, probe
            ):
                break
            args = made_ahead.large_input(self.problem.slug, n, PROBE_REPEATS)
            if args is None:
                args = large(n, random.Random(n))
            if i >= len(on_bar) and len(staging.frame(args, PROBE_REPEATS)) > FOLLOW_UP_BYTES_MAX:
                break
            stage_side_by_side(reference, self.session, args, PROBE_REPEATS)
            ref_results, ref_ok = self.measure(reference, args, staged=True)
            if not ref_ok:
                break
            results, _ = self.measure(self.session, args, self.language.native_speed, staged=True)
            answer = ref_results[0].value
            judgement = self.judge(results[-1], answer, args)
            if not judgement.passed and judgement.verdict is not None:
                if i >= len(on_bar) and max_n is not None and n > max_n:
                    break  # timed for the follow-up alone, past the constraints: no verdict
                if judgement.verdict is Verdict.TIME_LIMIT_EXCEEDED:
                    return replace(probe, timed_out_at=n)
                if max_n is not None and n > max_n:
                    got = results[-1].value if results[-1].outcome is Outcome.OK else None
                    why = growth.beyond_constraints(n, max_n, judgement.verdict, got, judgement.reason)
                    return replace(probe, beyond=why)
                self.tally.fail(
                    judgement.verdict, self.failure("growth", f"n={n}", args, answer, results[-1], judgement)
                )
                return None
            probe.reference_ns.append(min(r.inside_ns or 0 for r in ref_results))
            probe.charges.append(charge(results, ref_results))
            if max(probe.charges[-1].inside_ns, probe.charges[-1].witnessed_ns) > PROBE_ENOUGH_NS:
                break
        return probe

    def report(self, wall_s: float, complexity: Complexity | None = None) -> Report:
        times = self.tally.times_ns
        timing = Timing(
            calls=len(times),
            median_ns=int(statistics.median(times)) if times else None,
            max_ns=max(times) if times else None,
            wall_s=wall_s,
            reference_median_ns=self.reference_median_ns,
            sample_median_ns=self.solution_sample_median_ns,
            peak_memory_kb=self.tally.peak_kb,
        )
        return Report(
            problem=self.problem.slug,
            solution=self.filename,
            verdict=self.tally.verdict,
            groups=tuple(self.tally.groups),
            failure=self.tally.failure,
            timing=timing,
            complexity=complexity,
            seed=self.seed,
            language=self.language.name,
        )


def start_drawing(problem: Problem, wanted: int | None, seed: int | None) -> properties.Drawing | None:
    """A problem's generated inputs, drawn in the background from now on (None: none to draw).
    `judge watch` draws the next run's while the person types."""
    strategy = getattr(problem.cases, "inputs", None)
    examples = properties.DEFAULT_EXAMPLES if wanted is None else wanted
    if strategy is None or examples <= 0:
        return None
    raise_recursion_limit()
    return properties.Drawing(problem.slug, strategy, examples, seed)


def _load_verdict(loaded: LoadResult) -> tuple[Verdict | None, str]:
    if loaded.outcome is Outcome.OK:
        if loaded.compile_error is not None:
            hint = hints.compile_error_hint(loaded.compile_error)
            return Verdict.COMPILE_ERROR, hints.with_hint(loaded.compile_error, hint)
        return None, ""
    if loaded.outcome is Outcome.TIMEOUT:
        return Verdict.TIME_LIMIT_EXCEEDED, "loading the solution (its top-level code) did not finish in time"
    if loaded.outcome is Outcome.MEMORY:
        return Verdict.MEMORY_LIMIT_EXCEEDED, loaded.detail or "ran out of memory while loading"
    if loaded.outcome is Outcome.ERROR and loaded.error is not None:
        why = f"raised {loaded.error.type} while loading: {loaded.error.message}"
        hint = hints.error_hint(loaded.error.type, loaded.error.message)
        return Verdict.RUNTIME_ERROR, hints.with_hint(why, hint)
    return Verdict.RUNTIME_ERROR, loaded.detail or "the solution did not load"


def decode_source(data: bytes) -> tuple[str | None, str]:
    """The source text, or None and why it is not UTF-8 (a compile error)."""
    try:
        return data.decode("utf-8-sig"), ""  # an editor's byte order mark is not code
    except UnicodeDecodeError as e:
        return None, f"the source is not UTF-8: byte 0x{data[e.start]:02x} at offset {e.start}"


def judge_solution(
    problem: Problem, data: bytes, filename: str, backend: Backend, options: RunOptions | None = None
) -> Report:
    """Judge one solution's source bytes; every outcome of the solution is a verdict."""
    options = options or RunOptions()
    started = time.perf_counter()
    source, why = decode_source(data)
    if source is None:
        failure = Failure(group="load", case="load", input=None, expected=None, got=None, reason=why)
        return Report(
            problem=problem.slug,
            solution=filename,
            verdict=Verdict.COMPILE_ERROR,
            failure=failure,
            language=_language(filename).name,
        )
    found: Complexity | None = None
    with Run(problem, source, filename, backend, options) as run:
        run.start_drawing()  # while the sandbox starts and the hand-picked cases run
        groups = run.prepare()
        if run.load():
            for name, cases in groups.items():
                if run.tally.stopped:
                    break  # a time or memory limit, or a crash: each group more would cost one again
                run.run_cases(name, cases)
            if run.tally.failure is None:
                run.run_properties()
            if run.tally.failure is None and options.growth:
                found = run.run_growth()
    return run.report(time.perf_counter() - started, found)


def backend_for(backend: Backend, path: Path) -> Backend:
    """The backend for a solution file's language (the one given judges Python); a
    Docker backend makes one for another language under its own run id."""
    return backend.for_language(_language(path.name))


def _language(filename: str) -> languages.Language:
    """The language a solution is judged in, by its file's name (Python where unsure)."""
    try:
        return languages.of_file(Path(filename))
    except JudgeError:
        return languages.PYTHON


def stage_side_by_side(first: Session, second: Session, args: dict[str, Any], copies: int) -> None:
    """Stage one input in two sandboxes at once: each builds its copies on its own core
    (most of a growth probe's time is that building, for large inputs), and no call is
    timed meanwhile."""
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="stage")
    try:
        other = pool.submit(first.stage, args, copies)
        second.stage(args, copies)
        other.result()
    finally:
        pool.shutdown(wait=False)  # Ctrl-C: the run's cleanup closes both sandboxes now


def _together(args: dict[str, Any], inside_ns: int) -> int:
    """How many calls to time as one so that together they take about REPEAT_TARGET_NS,
    within what the staged copies of args may weigh."""
    wanted = min(REPEAT_MAX, max(2, REPEAT_TARGET_NS // max(inside_ns, 1)))
    weight = max(len(staging.frame(args, PROBE_REPEATS)), 1) * PROBE_REPEATS_FAST  # encoded once, to stage
    return max(1, min(wanted, STAGED_BYTES_MAX // weight))


def read_solution(path: Path) -> bytes:
    """The bytes of a solution file, or a UsageError a person can act on."""
    from judge.errors import UsageError

    if not path.exists():
        raise UsageError(f"No such file: {path}")
    if not path.is_file():
        raise UsageError(f"Not a file: {path}")
    size = path.stat().st_size
    if size > MAX_SOURCE_BYTES:
        raise UsageError(f"{path} is {size:,} bytes; a solution is at most {MAX_SOURCE_BYTES:,} bytes")
    data = path.read_bytes()
    if b"\0" in data:
        raise UsageError(f"{path} looks like a binary file (it holds NUL bytes), not source code")
    return data
