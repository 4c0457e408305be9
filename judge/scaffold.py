"""`judge init`: the files of a new practice repository (existing files are kept)."""

from __future__ import annotations

import json
from importlib import metadata
from pathlib import Path

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
  # Where pip installs the judge from: a package name, a wheel's URL, or
  # git+https://host/owner/judge@ref
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
        run: pip install "$JUDGE_PACKAGE"
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


DEFAULT_PACKAGE = "judge"


def installed_from() -> str | None:
    """The version-control address this judge was installed from, if pip recorded one
    (a folder or an unrecorded install is of no use to a CI machine)."""
    try:
        raw = metadata.distribution("judge").read_text("direct_url.json")
        recorded = json.loads(raw) if raw else {}
    except (metadata.PackageNotFoundError, ValueError):
        return None
    vcs = recorded.get("vcs_info")
    if not vcs or not recorded.get("url"):
        return None
    ref = vcs.get("requested_revision") or vcs.get("commit_id")
    return f"{vcs.get('vcs', 'git')}+{recorded['url']}" + (f"@{ref}" if ref else "")


def scaffold(root: Path, package: str = DEFAULT_PACKAGE) -> list[Path]:
    """Write the files that do not exist yet; returns those written."""
    written = []
    for name, text in FILES.items():
        path = root / name
        if path.exists():
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.replace("{package}", json.dumps(package)), "utf-8")
        written.append(path)
    return written
