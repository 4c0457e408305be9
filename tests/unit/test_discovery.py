"""Which problem each file of a practice repository solves (judge.discovery)."""

from __future__ import annotations

import pytest

from judge import registry
from judge.discovery import UNMATCHED_HINT, discover, names, resolve, shard
from judge.errors import UsageError

KNOWN = {"binary_search": "binary_search", "two_sum": "two_sum"}


def test_discover_by_name_header_and_config(tmp_path):
    (tmp_path / "solutions").mkdir()
    (tmp_path / "solutions" / "binary_search.py").write_text("pass\n")
    (tmp_path / "solutions" / "mine.py").write_text("# judge: two_sum\npass\n")
    (tmp_path / "solutions" / "other.py").write_text("pass\n")
    (tmp_path / "solutions" / "notes.py").write_text("pass\n")
    (tmp_path / "judge.toml").write_text('[solutions]\n"solutions/other.py" = "binary_search"\n')
    found = {f.path.name: f.slug for f in discover([tmp_path], KNOWN)}
    assert found == {
        "binary_search.py": "binary_search",
        "mine.py": "two_sum",
        "other.py": "binary_search",
        "notes.py": None,
    }


def test_judge_toml_at_the_repository_root_governs_a_check_of_a_subfolder(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "solutions" / "arrays").mkdir(parents=True)
    (tmp_path / "solutions" / "arrays" / "mine.py").write_text("pass\n")
    (tmp_path / "judge.toml").write_text(
        '[solutions]\n"solutions/arrays/mine.py" = "two_sum"\n"solutions/gone.py" = "two_sum"\n'
        '"elsewhere/gone.py" = "two_sum"\n'
    )
    found = {f.path.name: (f.slug, f.why) for f in discover([tmp_path / "solutions"], KNOWN)}
    assert found == {
        "mine.py": ("two_sum", ""),
        "gone.py": (None, "judge.toml maps this file, but it does not exist"),
    }
    # above the repository's root, a judge.toml is not this repository's
    (tmp_path / "inner").mkdir()
    (tmp_path / "inner" / ".git").mkdir()
    (tmp_path / "inner" / "mine.py").write_text("pass\n")
    assert [(f.path.name, f.slug) for f in discover([tmp_path / "inner"], KNOWN)] == [("mine.py", None)]


def test_a_misspelt_problem_name_is_reported_with_the_nearest(tmp_path):
    (tmp_path / "binary_serach.py").write_text("pass\n")
    (tmp_path / "header.py").write_text("# judge: two_summ\npass\n")
    (tmp_path / "judge.toml").write_text("[solutions]\nnot-a-table = 3\n")
    with pytest.raises(UsageError, match="maps file paths to problem slugs"):
        discover([tmp_path], KNOWN)
    (tmp_path / "judge.toml").unlink()
    why = {f.path.name: f.why for f in discover([tmp_path], KNOWN)}
    assert why["binary_serach.py"].endswith("; did you mean binary_search?")
    assert why["header.py"] == "it names problem 'two_summ', which does not exist; did you mean two_sum?"


def test_shard_splits_without_overlap(tmp_path):
    for i in range(7):
        (tmp_path / f"f{i}.py").write_text("")
    items = discover([tmp_path], KNOWN)
    parts = [shard(items, f"{k}/3") for k in (1, 2, 3)]
    assert sorted(p.path for part in parts for p in part) == sorted(p.path for p in items)
    with pytest.raises(UsageError):
        shard(items, "4/3")


def test_files_named_as_leetcode_and_leethub_name_them_are_matched(tmp_path):
    known = names(registry.all_problems())
    for name in (
        "0704-binary-search/0704-binary-search.py",  # LeetHub
        "704.py",
        "lc_33.py",
        "search-in-rotated-sorted-array.py",  # LeetCode's address for the title
        "3Sum.py",
        "Two Sum.py",
        "0001-binary-search.py",  # a number and a name that disagree
        "binary_serach.py",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("pass\n")
    found = {f.path.relative_to(tmp_path).as_posix(): (f.slug, f.why) for f in discover([tmp_path], known)}
    assert found == {
        "0704-binary-search/0704-binary-search.py": ("binary_search", ""),
        "704.py": ("binary_search", ""),
        "lc_33.py": ("search_rotated_sorted_array", ""),
        "search-in-rotated-sorted-array.py": ("search_rotated_sorted_array", ""),
        "3Sum.py": ("three_sum", ""),
        "Two Sum.py": ("two_sum", ""),
        "0001-binary-search.py": (None, "its number means two_sum but its name means binary_search"),
        "binary_serach.py": (None, UNMATCHED_HINT + "; did you mean binary_search?"),
    }


def test_every_problem_answers_to_its_slug_title_and_number():
    problems = registry.all_problems()
    known = names(problems)
    for p in problems:
        assert resolve(p.slug, known).slug == p.slug
        assert resolve(p.title, known).slug == p.slug, p.title
        if p.leetcode is not None:
            assert resolve(f"{p.leetcode:04d}-{p.title}", known).slug == p.slug


def test_files_and_folders_named_together_are_each_found_once(tmp_path):
    (tmp_path / "solutions").mkdir()
    (tmp_path / "solutions" / "two_sum.py").write_text("pass\n")
    (tmp_path / "solutions" / "helper.txt").write_text("not python\n")
    (tmp_path / "solutions" / "test_two_sum.py").write_text("pass\n")  # named: judged although test_
    found = discover(
        [
            tmp_path / "solutions" / "two_sum.py",
            tmp_path / "solutions",
            tmp_path / "solutions" / "test_two_sum.py",
        ],
        KNOWN,
    )
    assert [(f.path.name, f.slug) for f in found] == [("two_sum.py", "two_sum"), ("test_two_sum.py", None)]
    with pytest.raises(UsageError, match="No such file or folder"):
        discover([tmp_path / "missing.py"], KNOWN)
