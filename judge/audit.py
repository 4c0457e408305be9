"""`judge audit`: mutation testing of a problem's tests.

Small, plausible bugs are planted in the reference solution one at a time (a compare
operator flipped, a constant off by one, an arithmetic operator swapped, `and` for
`or`, a branch's condition negated, a statement dropped, a return value replaced),
and each mutant is judged like any solution. A mutant that is not accepted is killed;
one that survives either points at a missing hidden case or a weak strategy, or is
equivalent to the reference (the report shows its diff so an author can tell; one
found equivalent is listed, with why, in the problem's equivalent_mutants.toml and no
longer counts against the score).
"""

from __future__ import annotations

import ast
import difflib
import random
import tomllib
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context

from judge.engine import RunOptions, judge_solution
from judge.problem import Problem, ProblemError
from judge.report import Verdict
from judge.sandbox.base import Backend

FLIP_COMPARE: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}
SWAP_BINOP: dict[type[ast.operator], type[ast.operator]] = {
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.FloorDiv,
    ast.FloorDiv: ast.Mult,
    ast.Mod: ast.FloorDiv,
    ast.BitAnd: ast.BitOr,
    ast.BitOr: ast.BitAnd,
    ast.LShift: ast.RShift,
    ast.RShift: ast.LShift,
    ast.Div: ast.Mult,
    ast.BitXor: ast.BitOr,
}
MAX_MUTANTS = 60
EQUIVALENTS_FILE = "equivalent_mutants.toml"


@dataclass(frozen=True)
class Mutant:
    description: str
    line: int  # where in reference.py, as written
    source: str
    column: int = 0

    @property
    def where(self) -> str:
        return f"line {self.line}, column {self.column}"

    @property
    def key(self) -> tuple[int, int, str]:
        return self.line, self.column, self.description


@dataclass(frozen=True)
class Equivalent:
    """A mutant an author examined and found to behave exactly like the reference."""

    line: int
    column: int
    description: str
    why: str


@dataclass
class AuditResult:
    slug: str
    killed: list[tuple[Mutant, str]] = field(default_factory=list)  # mutant, verdict
    survived: list[Mutant] = field(default_factory=list)
    equivalent: list[tuple[Mutant, str]] = field(default_factory=list)  # survivors listed as such, why
    reference: str = ""

    @property
    def total(self) -> int:
        return len(self.killed) + len(self.survived) + len(self.equivalent)

    @property
    def score(self) -> float:
        """Killed over the mutants that can be killed at all (equivalent ones cannot)."""
        killable = len(self.killed) + len(self.survived)
        return len(self.killed) / killable if killable else 1.0

    def diff(self, mutant: Mutant) -> str:
        lines = difflib.unified_diff(
            self.reference.splitlines(),
            mutant.source.splitlines(),
            "reference.py",
            "mutant.py",
            lineterm="",
            n=1,
        )
        return "\n".join(list(lines)[2:])


def load_equivalents(problem: Problem) -> list[Equivalent]:
    """problems/<slug>/equivalent_mutants.toml: [[equivalent]] line, column, mutation, why."""
    path = problem.path / EQUIVALENTS_FILE
    if not path.exists():
        return []
    try:
        raw = tomllib.loads(path.read_text("utf-8"))
        listed = raw.get("equivalent", [])
        return [
            Equivalent(int(e["line"]), int(e["column"]), str(e["mutation"]), str(e["why"])) for e in listed
        ]
    except (tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as e:
        raise ProblemError(f"{path}: {e}") from None


def _sites(tree: ast.Module) -> Iterator[tuple[ast.AST, str]]:
    """Every node a mutation applies to, with what kind of mutation."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            yield from ((node, f"compare:{i}") for i, op in enumerate(node.ops) if type(op) in FLIP_COMPARE)
        elif isinstance(node, ast.BinOp | ast.AugAssign) and type(node.op) in SWAP_BINOP:
            yield node, "binop"
        elif isinstance(node, ast.Constant) and type(node.value) is int and not isinstance(node.value, bool):
            yield node, "plus1"
            yield node, "minus1"
        elif isinstance(node, ast.BoolOp):
            yield node, "boolop"
        elif isinstance(node, ast.If | ast.While):
            yield node, "negate"
        elif isinstance(node, ast.Return) and node.value is not None:
            yield node, "return"
        if isinstance(node, ast.FunctionDef | ast.For | ast.While | ast.If):
            for i, stmt in enumerate(node.body):
                if len(node.body) > 1 and isinstance(stmt, ast.Assign | ast.AugAssign | ast.Expr):
                    yield node, f"drop:{i}"


def _apply(node: ast.AST, kind: str) -> str:
    """Mutate node in place; return a description."""
    if kind.startswith("compare:") and isinstance(node, ast.Compare):
        i = int(kind.split(":")[1])
        old = node.ops[i]
        node.ops[i] = FLIP_COMPARE[type(old)]()
        which = f" (comparison {i + 1})" if len(node.ops) > 1 else ""
        return f"{type(old).__name__} -> {type(node.ops[i]).__name__}{which}"
    if kind == "binop" and isinstance(node, ast.BinOp | ast.AugAssign):
        old_op = node.op
        node.op = SWAP_BINOP[type(old_op)]()
        return f"{type(old_op).__name__} -> {type(node.op).__name__}"
    if kind in ("plus1", "minus1") and isinstance(node, ast.Constant) and type(node.value) is int:
        old_value: int = node.value
        node.value = old_value + (1 if kind == "plus1" else -1)
        return f"constant {old_value} -> {node.value}"
    if kind == "boolop" and isinstance(node, ast.BoolOp):
        node.op = ast.Or() if isinstance(node.op, ast.And) else ast.And()
        return f"{'and -> or' if isinstance(node.op, ast.Or) else 'or -> and'}"
    if kind == "negate" and isinstance(node, ast.If | ast.While):
        node.test = ast.UnaryOp(op=ast.Not(), operand=node.test)
        return f"{type(node).__name__.lower()} condition negated"
    if kind == "return" and isinstance(node, ast.Return):
        node.value = ast.Constant(value=None)
        return "returns None"
    if kind.startswith("drop:") and isinstance(node, ast.FunctionDef | ast.For | ast.While | ast.If):
        i = int(kind.split(":")[1])
        dropped = node.body[i]
        node.body[i] = ast.Pass()
        return f"statement dropped: {ast.unparse(dropped)[:60]}"
    raise ValueError(kind)


def mutants(source: str, limit: int = MAX_MUTANTS, seed: int = 0) -> list[Mutant]:
    """Distinct compilable mutants of source, at most `limit` (a fixed sample)."""
    count = sum(1 for _ in _sites(ast.parse(source)))
    baseline = ast.unparse(ast.parse(source))
    seen, out = {baseline}, []
    for index in range(count):
        tree = ast.parse(source)
        node, kind = list(_sites(tree))[index]
        try:
            description = _apply(node, kind)
            text = ast.unparse(ast.fix_missing_locations(tree))
            compile(text, "mutant.py", "exec")
        except (ValueError, SyntaxError, TypeError):
            continue
        if text not in seen:
            seen.add(text)
            out.append(
                Mutant(description, getattr(node, "lineno", 0), text, getattr(node, "col_offset", -1) + 1)
            )
    if len(out) > limit:
        out = sorted(random.Random(seed).sample(out, limit), key=lambda m: m.line)
    return out


def judge_mutant(slug: str, source: str, backend: Backend | None = None) -> str:
    """One mutant's verdict; without a backend (in a worker process) its own Docker connection.

    A mutant killed only by the growth check is judged once more before it counts:
    audits run several solutions at once, and a busy machine must not kill a mutant
    that is merely as fast as the reference."""
    from judge import registry

    problem = registry.get(slug)
    if backend is None:
        from judge.sandbox.docker import worker_backend

        backend = worker_backend()
    verdict = Verdict.ACCEPTED
    for seed in (0, 1):
        options = RunOptions(seed=seed, property_examples=100, growth=True)
        verdict = judge_solution(problem, source.encode(), "mutant.py", backend, options).verdict
        if verdict is not Verdict.TOO_SLOW:
            break
    return verdict.value


def audit(
    problem: Problem,
    backend: Backend,
    limit: int = MAX_MUTANTS,
    say: Callable[[str], None] = lambda _: None,
    jobs: int = 1,
) -> AuditResult:
    """Plant each mutant and judge it; `jobs` > 1 judges that many at once in worker processes."""
    source = problem.reference_path.read_text("utf-8")
    # mutants name lines of reference.py as written; their text (and the diffs
    # against the reference) come from the syntax tree, without comments
    result = AuditResult(problem.slug, reference=ast.unparse(ast.parse(source)))
    listed = {(e.line, e.column, e.description): e.why for e in load_equivalents(problem)}
    planted = mutants(source, limit)
    if jobs > 1:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("spawn")) as pool:
            sources = [m.source for m in planted]
            verdicts = list(pool.map(judge_mutant, [problem.slug] * len(planted), sources))
    else:
        verdicts = [judge_mutant(problem.slug, m.source, backend) for m in planted]
    for mutant, verdict in zip(planted, verdicts, strict=True):
        if verdict != Verdict.ACCEPTED.value:
            result.killed.append((mutant, verdict))
        elif mutant.key in listed:
            result.equivalent.append((mutant, listed[mutant.key]))
        else:
            result.survived.append(mutant)
            say(f"{problem.slug}: survived {mutant.where}: {mutant.description}")
    return result
