"""Mutant generation and the list of examined equivalent mutants (no sandbox involved)."""

from __future__ import annotations

import ast
from dataclasses import replace

import pytest

from judge import registry
from judge.audit import EQUIVALENTS_FILE, AuditResult, Mutant, load_equivalents, mutants
from judge.problem import ProblemError

# the reference binary search: a loop, comparisons, constants, returns
SOURCE = registry.get("binary_search").reference_path.read_text("utf-8")


def test_mutants_are_distinct_compilable_and_differ_from_the_source():
    planted = mutants(SOURCE)
    baseline = ast.unparse(ast.parse(SOURCE))
    sources = [m.source for m in planted]
    assert len(set(sources)) == len(sources)
    assert baseline not in sources
    for m in planted:
        compile(m.source, "mutant.py", "exec")
    kinds = " ".join(m.description for m in planted)
    for kind in ("LtE -> Lt", "Eq -> NotEq", "constant 1 -> 2", "Add -> Sub", "returns None", "negated"):
        assert kind in kinds


def test_mutants_name_the_line_and_column_as_written():
    lt = next(m for m in mutants(SOURCE) if m.description == "LtE -> Lt")
    assert (lt.line, lt.column) == (4, 15)  # `lo <= hi` in the while on SOURCE's fourth line
    assert SOURCE.splitlines()[lt.line - 1][lt.column - 1 :].startswith("lo <= hi")


def test_a_sample_is_the_same_every_time():
    assert mutants(SOURCE, limit=5) == mutants(SOURCE, limit=5)
    assert len(mutants(SOURCE, limit=5)) == 5


def test_equivalents_do_not_count_against_the_score():
    m = Mutant("LtE -> Lt", 3, "x")
    result = AuditResult("p", killed=[(m, "wrong_answer")] * 9, survived=[m], equivalent=[(m, "same")])
    assert result.total == 11
    assert result.score == pytest.approx(0.9)


def test_equivalents_file_is_read_and_checked(tmp_path):
    problem = registry.get("binary_search")
    (tmp_path / "reference.py").write_text(SOURCE)
    moved = replace(problem, path=tmp_path)
    assert load_equivalents(moved) == []
    listed = tmp_path / "equivalent_mutants.toml"
    listed.write_text(
        '[[equivalent]]\nline = 5\ncolumn = 15\nmutation = "LtE -> Lt"\nwhy = "never reached"\n'
    )
    assert [(e.line, e.column, e.description) for e in load_equivalents(moved)] == [(5, 15, "LtE -> Lt")]
    listed.write_text("[[equivalent]]\nline = 5\n")
    with pytest.raises(ProblemError):
        load_equivalents(moved)


LISTING = [s for s in registry.slugs() if (registry.get(s).path / EQUIVALENTS_FILE).exists()]


@pytest.mark.parametrize("slug", LISTING)
def test_every_listed_equivalent_is_a_mutant_of_the_reference(slug):
    """A list that names mutants the reference no longer has would hide nothing, silently."""
    problem = registry.get(slug)
    listed = load_equivalents(problem)
    assert listed, f"{EQUIVALENTS_FILE} of {slug} lists nothing"
    planted = {m.key for m in mutants(problem.reference_path.read_text("utf-8"), limit=10_000)}
    for e in listed:
        assert (e.line, e.column, e.description) in planted, e
        assert len(e.why) >= 20, f"say why {e} behaves like the reference"
