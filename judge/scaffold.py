"""`judge init`: the files of a new practice repository (existing files are kept)."""

from __future__ import annotations

from pathlib import Path

JUDGE_TOML = """\
# judge's settings for this practice repository.
# A solution is found by its file name (solutions/two_sum.py), by a first line
# `# judge: two_sum`, or by a mapping here:
[solutions]
# "solutions/arrays/my_two_sum.py" = "two_sum"
"""

WORKFLOW = """\
name: judge
on:
  push:
  pull_request:
jobs:
  judge:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - name: Install the judge
        run: pip install "{package}"
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
        entry: judge check solutions
        language: system
        pass_filenames: false
        files: ^solutions/
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


def scaffold(root: Path, package: str = "judge") -> list[Path]:
    """Write the files that do not exist yet; returns those written."""
    written = []
    for name, text in FILES.items():
        path = root / name
        if path.exists():
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text.replace("{package}", package), "utf-8")
        written.append(path)
    return written
