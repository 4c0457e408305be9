"""A spare sandbox's settings and keys (the engine's part is tests/integration/test_spares.py)."""

from __future__ import annotations

from dataclasses import replace

from judge.harness.boot import BOOT_WAIT_S
from judge.sandbox import channel, spares
from judge.sandbox.base import Limits
from judge.sandbox.docker import container_settings


def test_a_spare_is_made_with_every_setting_of_a_sandbox():
    base = container_settings("img", Limits(), "run")
    spare = spares.spare_settings(base, "img", Limits(), 90)
    changed = {name for name in {*base, *spare} if spare.get(name) != base.get(name)}
    assert changed == {"command", "labels", "name"}
    assert spare["auto_remove"]  # ended by its alarm, it goes by itself
    assert set(spare["labels"]) == {spares.LABEL, spares.EXPIRES}  # not a run's: prune and claim find it
    assert spare["name"].startswith(spares.PREFIX)
    assert "signal.alarm(90)" in spare["command"][-1]
    assert f"signal.alarm({BOOT_WAIT_S})" in base["command"][-1]


def test_a_spare_keeps_its_direct_channel_directory_for_its_claimer():
    base = container_settings("img", Limits(), "run", directory="/tmp/judge-channels-0/sandbox-x")
    spare = spares.spare_settings(base, "img", Limits(), 90)
    assert spare["volumes"] == base["volumes"]
    assert spare["labels"][channel.LABEL] == "/tmp/judge-channels-0/sandbox-x"
    assert set(spare["labels"]) == {spares.LABEL, spares.EXPIRES, channel.LABEL}


def test_a_spare_serves_only_runs_with_the_same_image_and_limits():
    limits = Limits()
    assert spares.key("img", limits) == spares.key("img", Limits())
    assert spares.key("img", limits) != spares.key("other", limits)
    for change in ({"memory_mb": 256}, {"pids": 32}, {"stack_mb": 8}, {"cpus": 2.0}):
        assert spares.key("img", replace(limits, **change)) != spares.key("img", limits), change


def test_how_many_spares_is_set_by_the_environment(monkeypatch):
    monkeypatch.setenv(spares.ENV_COUNT, "0")
    assert spares.wanted() == 0
    monkeypatch.setenv(spares.ENV_COUNT, "lots")
    assert spares.wanted() == spares.DEFAULT_COUNT
    monkeypatch.delenv(spares.ENV_COUNT)
    assert spares.wanted() == spares.DEFAULT_COUNT
