"""Removing a container: dockerd's refusals that a second request overcomes."""

from __future__ import annotations

import docker.errors
import pytest

from judge.sandbox import docker as docker_sandbox

RACE = "Could not kill running container abc, cannot remove - Container abc is not running"


class Container:
    def __init__(self, *errors: Exception) -> None:
        self.errors = list(errors)
        self.removals = 0

    def remove(self, force: bool = False) -> None:
        assert force
        self.removals += 1
        if self.errors:
            raise self.errors.pop(0)


@pytest.fixture(autouse=True)
def no_pauses(monkeypatch):
    monkeypatch.setattr(docker_sandbox.time, "sleep", lambda s: None)


def test_a_removal_refused_in_a_race_with_the_exit_is_asked_again():
    container = Container(docker.errors.APIError(RACE), docker.errors.APIError("removal already in progress"))
    assert docker_sandbox.remove(container) is True
    assert container.removals == 3


def test_a_container_already_gone_counts_as_removed():
    container = Container(docker.errors.NotFound("no such container"))
    assert docker_sandbox.remove(container) is True and container.removals == 1


def test_it_gives_up_after_the_last_attempt_and_says_so():
    container = Container(*[docker.errors.APIError(RACE)] * docker_sandbox.REMOVE_ATTEMPTS)
    assert docker_sandbox.remove(container) is False
    assert container.removals == docker_sandbox.REMOVE_ATTEMPTS
