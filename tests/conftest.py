from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROBLEMS = ROOT / "problems"
HOSTILE = ROOT / "tests" / "hostile"


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
    from judge.sandbox.docker import LABEL, DockerBackend

    backend = DockerBackend(engine)
    yield backend
    left = engine.client.containers.list(
        all=True, sparse=True, filters={"label": f"{LABEL}={backend.run_id}"}
    )
    assert not left, f"containers left behind: {[c.id[:12] for c in left]}"


@pytest.fixture(autouse=True, scope="session")
def private_judge_home(tmp_path_factory):
    """History and interview state of the tests never touch the user's own."""
    from judge.history import ENV_HOME

    os.environ[ENV_HOME] = str(tmp_path_factory.mktemp("judge-home"))
