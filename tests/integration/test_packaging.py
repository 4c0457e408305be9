"""`pip install .` must carry the problems, the harness and the image definition."""

from __future__ import annotations

import subprocess
import sys
import zipfile

from tests.conftest import PROBLEMS, ROOT


def test_the_wheel_ships_problems_harness_and_dockerfile(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    wheel = next(tmp_path.glob("judge-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    for harness in ("codec", "loader", "runner", "boot"):
        assert f"judge/harness/{harness}.py" in names
    assert "judge_sandboxes/python/Dockerfile" in names
    for folder in sorted(p.parent for p in PROBLEMS.glob("*/problem.toml")):
        for part in ("problem.toml", "statement.md", "reference.py", "cases.py"):
            assert f"judge_problems/{folder.name}/{part}" in names, (folder.name, part)
