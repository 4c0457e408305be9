"""Which problem each file of a practice repository solves (judge.discovery)."""

from __future__ import annotations

import pytest

from judge import registry
from judge.discovery import UNMATCHED_HINT, discover, leetcode_name, names, resolve, shard
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


def test_a_name_that_carries_a_leetcode_problem_the_library_lacks_says_so(tmp_path):
    for name in (
        "0002-add-two-numbers/0002-add-two-numbers.py",  # LeetHub
        "2. Add Two Numbers.py",
        "add-two-numbers.py",  # LeetCode's address for the title
        "Two Sum II.py",  # a title as written; near a slug, so it may be a typo: not folded
        "lc_15.py",
        "0016-3sum-closest.py",
        "9999-two-sum.py",  # a known name with a number that is not its problem's
        "scratch.py",  # nothing recognisable: the advice, as before
        "day-1.py",
    ):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("pass\n")
    found = {f.path.relative_to(tmp_path).as_posix(): (f.why, f.absent) for f in discover([tmp_path], KNOWN)}
    assert found == {
        "0002-add-two-numbers/0002-add-two-numbers.py": (
            "LeetCode 2, Add Two Numbers, is not in the library",
            "LeetCode 2, Add Two Numbers",
        ),
        "2. Add Two Numbers.py": (
            "LeetCode 2, Add Two Numbers, is not in the library",
            "LeetCode 2, Add Two Numbers",
        ),
        "add-two-numbers.py": ("Add Two Numbers is not in the library", "Add Two Numbers"),
        "Two Sum II.py": ("Two Sum II is not in the library; did you mean two_sum?", ""),
        "lc_15.py": ("LeetCode 15 is not in the library", "LeetCode 15"),
        "0016-3sum-closest.py": (
            "LeetCode 16, 3Sum Closest, is not in the library",
            "LeetCode 16, 3Sum Closest",
        ),
        "9999-two-sum.py": ("its name means two_sum, but its number is not that problem's", ""),
        "scratch.py": (UNMATCHED_HINT, ""),
        "day-1.py": (UNMATCHED_HINT, ""),
    }


def test_leetcode_titles_are_read_back_as_leetcode_writes_them():
    assert leetcode_name("0235-lowest-common-ancestor-of-a-binary-search-tree") == (
        "LeetCode 235, Lowest Common Ancestor of a Binary Search Tree"
    )
    assert leetcode_name("0167-two-sum-ii-input-array-is-sorted") == (
        "LeetCode 167, Two Sum II Input Array Is Sorted"
    )
    assert leetcode_name("0002. Add two Numbers") == "LeetCode 2, Add two Numbers"  # its own capitals
    assert leetcode_name("leetcode-0002") == "LeetCode 2"
    for nothing in ("scratch", "my_solution", "add_two_numbers", "0000", "solution2", "123456-x", "week-2"):
        assert leetcode_name(nothing) == "", nothing
