"""Finding the solutions in a practice repository, and which problem each one solves.

A file solves a problem when its name says so: the problem's slug (`binary_search.py`),
its title as LeetCode puts it in an address (`search-in-rotated-sorted-array.py`),
or its LeetCode number, alone or in front of a name (`704.py`, `0704-binary-search.py`,
as LeetHub names them). A first line `# judge: NAME` or the `[solutions]` table of
`judge.toml` ("path/to/file.py" = "NAME") says so explicitly and wins. Files that
match nothing are listed as unknown, never silently skipped; where the name carries a
LeetCode number or title the library lacks (`0002-add-two-numbers.py`), it says so.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from judge import languages
from judge.errors import UsageError
from judge.problem import Problem

CONFIG = "judge.toml"
UNMATCHED_HINT = "name it SLUG.py, add '# judge: SLUG' as a first line, or map it in judge.toml"
HEADER = re.compile(r"^(?:#|//)\s*judge:\s*(\S+)\s*$")  # a comment: Python's or JavaScript's
NUMBERED = re.compile(r"(?:lc|leetcode)?_?0*(\d+)(?:_(.*))?")
# A name as written, split into a LeetCode number and the title after it ("0002-add-two-numbers",
# "2. Add Two Numbers", "lc_2"); LeetCode's numbers have four digits so far, five at most here.
RAW_NUMBERED = re.compile(r"(?:lc|leetcode)?[\s._-]*0*([1-9]\d{0,4})(?:[\s._-]+(.*))?", re.I)
# A title as LeetCode writes it in an address (words joined by "-") or as a heading (by spaces).
RAW_TITLE = re.compile(r"[A-Za-z0-9]+(?:(?:-| +)[A-Za-z0-9]+)+")
# Words a title keeps in lower case after its first ("Lowest Common Ancestor of a Binary Tree").
SMALL_WORDS = frozenset(
    ("a", "an", "and", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to")
)
SKIP_DIRS = {".git", ".venv", "venv", "__pycache__", "node_modules", ".tox", ".mypy_cache", ".pytest_cache"}


@dataclass(frozen=True)
class Found:
    path: Path
    slug: str | None  # None: no problem could be matched
    why: str = ""  # why not, when slug is None
    # the LeetCode problem the name carries, which the library lacks ("LeetCode 2, Add Two Numbers")
    absent: str = ""


def _plain(name: str) -> str:
    """A name with case and separators levelled: "0704-Binary Search" -> "0704_binary_search"."""
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def names(problems: Iterable[Problem]) -> dict[str, str]:
    """Every name a solution may go by, levelled, to its problem's slug."""
    out: dict[str, str] = {}
    for p in problems:
        out[_plain(p.title)] = p.slug
        if p.leetcode is not None:
            out[str(p.leetcode)] = p.slug
    for p in problems:
        out[p.slug] = p.slug  # a slug wins over another problem's title
    return out


@dataclass(frozen=True)
class Match:
    slug: str | None
    conflict: str = ""  # the name means two problems
    near: str = ""  # no problem: the nearest slug, if one is close
    absent: str = ""  # no problem: the LeetCode number and title the name carries, if any


def resolve(name: str, known: Mapping[str, str]) -> Match:
    """The problem a name means: a slug, a title, a LeetCode number, or a number then a name."""
    plain = _plain(name)
    if plain in known:
        return Match(known[plain])
    numbered = NUMBERED.fullmatch(plain)
    if numbered and numbered.group(1) in known:
        by_number = known[numbered.group(1)]
        rest = numbered.group(2)
        if rest and rest in known and known[rest] != by_number:
            return Match(None, conflict=f"its number means {by_number} but its name means {known[rest]}")
        return Match(by_number)
    if numbered and numbered.group(2) in known:
        named = known[numbered.group(2)]
        return Match(None, conflict=f"its name means {named}, but its number is not that problem's")
    near = difflib.get_close_matches(plain, set(known.values()), n=1, cutoff=0.8)
    return Match(None, near=near[0] if near else "", absent=leetcode_name(name))


def leetcode_name(name: str) -> str:
    """The LeetCode problem a file name carries, as "LeetCode 2, Add Two Numbers", "LeetCode 2"
    or "Add Two Numbers"; "" when it carries no number and reads as no title (`scratch`,
    `my_solution`: a snake_case name is this library's own style, not a title)."""
    stem = name.strip()
    numbered = RAW_NUMBERED.fullmatch(stem)
    if numbered:
        title = _title(numbered.group(2) or "")
        return f"LeetCode {int(numbered.group(1))}" + (f", {title}" if title else "")
    return _title(stem) if RAW_TITLE.fullmatch(stem) else ""


def _title(text: str) -> str:
    """A title as LeetCode writes it: "add-two-numbers" -> "Add Two Numbers"; a name already
    in mixed case keeps its own capitals."""
    words = [w for w in re.split(r"[\s_-]+", text) if w]
    if not words or any(not re.fullmatch(r"[A-Za-z0-9]+", w) for w in words):
        return ""
    if len(words) > 1 and sum(1 for w in words if re.search("[A-Za-z]", w)) < 2:
        return ""  # "day-1", "week-2": a title has words, not a word and a count
    if any(w != w.lower() for w in words):
        return " ".join(words)
    return " ".join(_capitalised(w, first=i == 0) for i, w in enumerate(words))


def _capitalised(word: str, first: bool) -> str:
    if re.fullmatch(r"i{1,3}|iv|vi{0,3}", word):
        return word.upper()  # "Two Sum II"
    if word in SMALL_WORDS and not first:
        return word
    return re.sub("[a-z]", lambda m: m.group().upper(), word, count=1)  # "3sum" -> "3Sum"


def _header_slug(path: Path) -> str | None:
    try:
        with path.open("r", encoding="utf-8", errors="replace") as f:
            for _, line in zip(range(5), f, strict=False):
                match = HEADER.match(line.strip())
                if match:
                    return match.group(1)
    except OSError:
        return None
    return None


def find_config(start: Path) -> Path | None:
    """judge.toml in start or the nearest folder above it, not past the repository's root."""
    for folder in [start.resolve(), *start.resolve().parents]:
        if (folder / CONFIG).is_file():
            return folder / CONFIG
        if (folder / ".git").exists():
            return None
    return None


def _read_config(start: Path) -> tuple[Path, dict[str, object]] | None:
    path = find_config(start)
    if path is None:
        return None
    try:
        return path, tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise UsageError(f"{path}: {e}") from None


def load_config(start: Path) -> dict[str, str]:
    """The [solutions] mapping of the judge.toml that governs start: resolved path -> slug.
    Paths in it are relative to the folder judge.toml is in."""
    found = _read_config(start)
    if found is None:
        return {}
    path, raw = found
    solutions = raw.get("solutions", {})
    if not isinstance(solutions, dict) or not all(isinstance(v, str) for v in solutions.values()):
        raise UsageError(f'{path}: [solutions] maps file paths to problem slugs ("a/b.py" = "two_sum")')
    return {str((path.parent / k).resolve()): v for k, v in solutions.items()}


def require_optimal(start: Path) -> bool:
    """`require_optimal = true` in the judge.toml that governs start: a solution slower than
    its problem's follow-up fails the check."""
    found = _read_config(start)
    if found is None:
        return False
    path, raw = found
    value = raw.get("require_optimal", False)
    if not isinstance(value, bool):
        raise UsageError(f"{path}: require_optimal is true or false, not {value!r}")
    return value


def solution_files(root: Path) -> Iterator[Path]:
    """Source files in the languages the judge runs, tests and package markers aside."""
    endings = languages.judged_endings()
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS and not d.startswith("."))
        for name in sorted(filenames):
            if (
                Path(name).suffix in endings
                and not name.startswith("test_")
                and name != "__init__.py"
                and not name.endswith((".test.js", ".spec.js", ".config.js"))
            ):
                yield Path(dirpath) / name


def discover(roots: Iterable[Path], known: Mapping[str, str]) -> list[Found]:
    """Every Python file named or under the folders named, with the problem it solves when
    one matches, and every file judge.toml maps under them that is not there; each once.
    known: names() of the problems."""
    out: list[Found] = []
    seen: set[str] = set()
    for root in roots:
        if root.is_file():
            files, folder = [root], root.parent
        elif root.is_dir():
            files, folder = list(solution_files(root)), root
        else:
            raise UsageError(f"No such file or folder: {root}")
        mapped = load_config(folder)
        for path in files:
            if str(path.resolve()) in seen:
                continue
            seen.add(str(path.resolve()))
            named = mapped.get(str(path.resolve())) or _header_slug(path)
            match = resolve(named or path.stem, known)
            # a title near a known slug may be a typo: it stays listed on its own, never folded
            absent = "" if named or match.conflict or match.near else match.absent
            out.append(Found(path, match.slug, "" if match.slug else _why(match, named), absent))
        if root.is_dir():
            for target in mapped:
                if (
                    target not in seen
                    and Path(target).is_relative_to(root.resolve())
                    and not Path(target).exists()
                ):
                    seen.add(target)
                    out.append(Found(Path(target), None, "judge.toml maps this file, but it does not exist"))
    return out


def _why(match: Match, named: str | None) -> str:
    near = f"; did you mean {match.near}?" if match.near else ""
    if match.conflict:
        return match.conflict
    if named:
        return f"it names problem {named!r}, which does not exist{near}"
    if match.absent:
        # "LeetCode 2, Add Two Numbers, is ...": the title set off by commas on both sides
        return match.absent + ("," if "," in match.absent else "") + " is not in the library" + near
    return UNMATCHED_HINT + near


def shard(items: list[Found], spec: str | None) -> list[Found]:
    """K/N: the K-th of N interleaved slices (1-based), for CI matrices."""
    if not spec:
        return items
    match = re.fullmatch(r"(\d+)/(\d+)", spec)
    if not match or not 1 <= int(match.group(1)) <= int(match.group(2)):
        raise UsageError(f"--shard takes K/N with 1 <= K <= N, not {spec!r}")
    k, n = int(match.group(1)), int(match.group(2))
    return [item for i, item in enumerate(items) if i % n == k - 1]
