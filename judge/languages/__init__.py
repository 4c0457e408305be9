"""The languages of solutions: which one a file is in, and whether the judge runs it."""

from __future__ import annotations

from pathlib import Path

from judge.errors import UsageError
from judge.languages import cpp, java, javascript, python
from judge.languages.base import Language

__all__ = [
    "LANGUAGES",
    "NAMES",
    "PYTHON",
    "Language",
    "by_extension",
    "by_name",
    "judged",
    "judged_endings",
    "of_file",
]

LANGUAGES: dict[str, Language] = {m.LANGUAGE.name: m.LANGUAGE for m in (python, java, cpp, javascript)}
PYTHON = python.LANGUAGE
NAMES = tuple(LANGUAGES)


def judged_endings() -> tuple[str, ...]:
    """The file endings of the languages the judge runs."""
    return tuple(e for lang in LANGUAGES.values() if lang.judged for e in lang.extensions)


def by_name(name: str) -> Language:
    try:
        return LANGUAGES[name.lower()]
    except KeyError:
        raise UsageError(f"no language {name!r}; the judge knows {', '.join(NAMES)}") from None


def by_extension(path: Path) -> Language | None:
    """The language a file name says, or None when its ending names none we know."""
    suffix = path.suffix.lower()
    return next((lang for lang in LANGUAGES.values() if suffix in lang.extensions), None)


def of_file(path: Path, name: str | None = None) -> Language:
    """The language of a solution file: `name` when given (--language), else its ending.

    A file without an ending is taken as Python, as it always was; one whose ending
    names no language the judge knows is a UsageError."""
    if name is not None:
        return by_name(name)
    if not path.suffix:
        return PYTHON
    found = by_extension(path)
    if found is None:
        endings = ", ".join(f"{lang.extensions[0]} ({lang.title})" for lang in LANGUAGES.values())
        raise UsageError(
            f"{path}: {path.suffix} is not a language the judge knows ({endings}); "
            "--language says which one it is"
        )
    return found


def judged(language: Language, path: Path) -> Language:
    """The language, if the judge can run its solutions; else a UsageError saying so."""
    if not language.judged:
        runs = ", ".join(lang.title for lang in LANGUAGES.values() if lang.judged)
        raise UsageError(
            f"{path}: {language.title} solutions cannot be judged yet (the judge runs {runs}); "
            f"the {language.title} harness is planned"
        )
    return language
