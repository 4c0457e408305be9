"""`judge init`: the files of a new practice repository (existing files are kept)."""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path
from typing import Any

from judge import DISTRIBUTION, PUBLISHED

JUDGE_TOML = """\
# judge's settings for this practice repository.
# A solution is found by its file name: the problem's slug (solutions/two_sum.py),
# its LeetCode number or title (0001-two-sum.py, as LeetHub names files), by a first
# line `# judge: two_sum`, or by a mapping here (paths relative to this file):
[solutions]
# "solutions/arrays/my_two_sum.py" = "two_sum"
"""

WORKFLOW = """\
name: judge
on:
  push:
  pull_request:
permissions:
  contents: read
  checks: write  # the published test report
env:
  # Where pip installs the judge from: git+https://host/owner/repo@ref, a wheel's URL,
  # or the package's name once it is on the package index
  JUDGE_PACKAGE: {package}
jobs:
  judge:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - name: Install the judge
        run: |
          if [ -z "$JUDGE_PACKAGE" ]; then
            echo "::error::set JUDGE_PACKAGE at the top of this workflow: where pip installs the judge"
            echo "from, e.g. git+https://host/owner/repo@ref or a wheel's URL (judge init --package)"
            exit 1
          fi
          pip install "$JUDGE_PACKAGE"
      - name: Build the sandbox image
        run: judge sandbox build
      - name: Judge every solution
        run: judge check solutions --junit judge-results.xml --format github
      - name: Publish the results
        if: always()
        uses: mikepenz/action-junit-report@v4
        with:
          report_paths: judge-results.xml
"""

PRE_COMMIT = """\
repos:
  - repo: local
    hooks:
      - id: judge-check
        name: judge check
        entry: judge check
        language: system
        files: ^solutions/.*\\.py$  # only the solutions a commit changes are judged
"""

README = """\
# Interview practice

Solutions live in `solutions/`, one file per problem, named after the problem
(`solutions/binary_search.py`). The loop:

    judge list                                  # pick a problem
    judge new binary_search solutions/binary_search.py
    judge watch binary_search solutions/binary_search.py   # re-judged on every save
    judge check solutions                       # everything, as CI does
    judge stats                                 # progress per topic
    judge interview --difficulty medium         # a timed 45-minute round

CI (`.github/workflows/judge.yml`) runs `judge check` on every push and publishes
the results; `pre-commit install` runs it before each commit.
"""

FILES = {
    "judge.toml": JUDGE_TOML,
    ".github/workflows/judge.yml": WORKFLOW,
    ".pre-commit-config.yaml": PRE_COMMIT,
    "README.md": README,
    "solutions/.gitkeep": "",
}


UNSET = ""  # the workflow's install step stops with a message until JUDGE_PACKAGE is set

UNSET_NOTE = (
    "note: the CI workflow does not know where to install the judge from: pip recorded no "
    f"repository for this judge and {DISTRIBUTION} is not on the package index. Set JUDGE_PACKAGE "
    "in .github/workflows/judge.yml (e.g. JUDGE_PACKAGE: git+https://github.com/OWNER/REPO@main), "
    "or write the workflow again with `judge init --package SOURCE`; until then CI stops at "
    "'Install the judge' saying so."
)

REMOTE = ("https://", "http://", "ssh://")


def recorded_install() -> dict[str, Any]:
    """What pip recorded of where this judge came from (direct_url.json), or {}."""
    try:
        raw = metadata.distribution(DISTRIBUTION).read_text("direct_url.json")
        recorded = json.loads(raw) if raw else {}
    except (metadata.PackageNotFoundError, ValueError):
        return {}
    return recorded if isinstance(recorded, dict) else {}


def installed_from() -> str | None:
    """A source a CI machine can install this very judge from: the repository (at the
    commit installed) or the archive's URL pip recorded; a local folder or file is not one."""
    recorded = recorded_install()
    url = recorded.get("url")
    if not isinstance(url, str) or not url.startswith(REMOTE):
        return None
    vcs = recorded.get("vcs_info")
    if isinstance(vcs, dict):
        ref = vcs.get("commit_id") or vcs.get("requested_revision")
        return f"{vcs.get('vcs', 'git')}+{url}" + (f"@{ref}" if ref else "")
    if "archive_info" in recorded:
        return url
    return None


def default_package() -> str | None:
    """What the workflow installs when `judge init` is not told: a recorded source, else the
    distribution's name if the index has it; None when neither would install this judge."""
    return installed_from() or (DISTRIBUTION if PUBLISHED else None)


def scaffold(root: Path, package: str | None) -> list[Path]:
    """Write the files that do not exist yet; returns those written. Without a package the
    workflow's JUDGE_PACKAGE is left empty, and its install step fails saying what to set."""
    written = []
    for name, text in FILES.items():
        path = root / name
        if path.exists():
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.replace("{package}", json.dumps(package or UNSET)), "utf-8")
        written.append(path)
    return written
