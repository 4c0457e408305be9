from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROBLEMS = ROOT / "problems"
HOSTILE = ROOT / "tests" / "hostile"

# Every `judge` the tests start runs the command itself, as it did before the resident
# judge (judge/resident/), and leaves none behind; tests/integration/test_resident.py
# turns it on for its own commands.
os.environ["JUDGE_RESIDENT"] = "0"


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(scope="session")
def engine():
    """A Docker engine with the sandbox image; absent: a skip locally, a failure in CI."""
    from judge.errors import JudgeError
    from judge.sandbox.docker import DockerEngine

    try:
        engine = DockerEngine.connect(timeout_s=10)
        engine.require_image()
    except JudgeError as e:
        if in_ci():
            pytest.fail(f"integration tests must run in CI, but: {e}")
        pytest.skip(str(e))
    return engine


@pytest.fixture()
def docker_backend(engine):
    """A backend for one test; afterwards no container of its run may remain."""
    from judge.sandbox.docker import LABEL, DockerBackend, removals

    backend = DockerBackend(engine)
    yield backend
    removals.wait()
    ours = {"label": f"{LABEL}={backend.run_id}"}
    deadline = time.monotonic() + 10  # one the engine is still removing is on its way out
    while (left := engine.client.containers.list(all=True, sparse=True, filters=ours)) and (
        time.monotonic() < deadline
    ):
        time.sleep(0.1)
    assert not left, f"containers left behind: {[(c.id[:12], c.attrs.get('Status')) for c in left]}"


@pytest.fixture(autouse=True, scope="session")
def private_judge_home(tmp_path_factory):
    """History and interview state of the tests never touch the user's own."""
    from judge.history import ENV_HOME

    os.environ[ENV_HOME] = str(tmp_path_factory.mktemp("judge-home"))


@pytest.fixture(autouse=True, scope="session")
def no_spares():
    """`judge run` in the tests creates its sandboxes and leaves no spares behind (which
    would come and go while other tests count containers); tests/integration/test_spares.py
    turns them on where they are the point."""
    from judge.sandbox.spares import ENV_COUNT

    os.environ[ENV_COUNT] = "0"
