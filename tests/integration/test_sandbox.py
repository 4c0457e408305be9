"""The sandbox's settings, observed from inside a real container: one created for the run, and
a spare started ahead of need and claimed (sandbox/spares.py), which must be no weaker."""

from __future__ import annotations

import json
import os
import socket
import threading
import time

import pytest

from judge.sandbox.base import Limits, Outcome, Program

PROBE = r"""
import os, resource, socket

def read(path):
    try:
        with open(path) as f:
            return f.read()
    except OSError as e:
        return type(e).__name__

def listing(path):
    try:
        return sorted(os.listdir(path))
    except OSError as e:
        return type(e).__name__

def writable(path):
    try:
        with open(path, "w") as f:
            f.write("x")
        return True
    except OSError:
        return False

def probe(port):
    status = dict(line.split(":\t", 1) for line in read("/proc/self/status").splitlines() if ":\t" in line)
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
        host_listener = "reached"
    except OSError as e:
        host_listener = type(e).__name__
    return {
        "uid": os.getuid(), "gid": os.getgid(),
        "cap_eff": status["CapEff"].strip(), "cap_bnd": status["CapBnd"].strip(),
        "no_new_privs": status["NoNewPrivs"].strip(),
        "interfaces": sorted(l.split(":")[0].strip() for l in read("/proc/net/dev").splitlines()[2:]),
        "routes": read("/proc/net/route").splitlines()[1:],
        "host_listener": host_listener,
        "env": sorted(os.environ),
        "root_writable": writable("/probe"), "etc_writable": writable("/etc/probe"),
        "tmp_writable": writable("/tmp/probe"),
        "dev_shm": os.path.exists("/dev/shm") and writable("/dev/shm/probe"),
        "docker_sock": os.path.exists("/var/run/docker.sock") or os.path.exists("/run/docker.sock"),
        "nofile": resource.getrlimit(resource.RLIMIT_NOFILE)[1],
        "fsize": resource.getrlimit(resource.RLIMIT_FSIZE)[1],
        "core": resource.getrlimit(resource.RLIMIT_CORE)[1],
        "stack": resource.getrlimit(resource.RLIMIT_STACK)[1],
        "pid1": read("/proc/1/cmdline").split("\x00")[0],
        "pids_max": read("/sys/fs/cgroup/pids/pids.max").strip() + read("/sys/fs/cgroup/pids.max").strip(),
        "mounts": read("/proc/mounts"),
        "stdin_is_devnull": os.path.realpath("/proc/self/fd/0") == "/dev/null",
        "channel_dir": listing("/run/judge-harness"),
        "channel_socket": os.path.lexists("/run/judge-harness/channel"),
        "channel_writable": writable("/run/judge-harness/probe"),
    }
"""


def start_sandbox(engine, limits: Limits, how: str):
    """A sandbox created for the run ("fresh"), or a spare started ahead and claimed."""
    from judge.sandbox import spares
    from judge.sandbox.docker import IMAGE, DockerBackend, SpareBackend

    if how == "fresh":
        return DockerBackend(engine).start(limits)
    spares.fill(engine, limits, IMAGE, 1)
    backend = SpareBackend(engine)
    sandbox = spares.claim(engine, limits, backend.run_id, IMAGE)
    assert sandbox is not None, "no spare was there to claim"
    assert sandbox.transport.container.attrs["Name"].startswith(f"/judge-run-{backend.run_id}-")
    return sandbox


@pytest.fixture(scope="module", params=["fresh", "spare"])
def facts(engine, request):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    port = listener.getsockname()[1]
    accepted = []
    threading.Thread(target=lambda: accepted.append(listener.accept()), daemon=True).start()
    sandbox = start_sandbox(engine, Limits(memory_mb=128, pids=32), request.param)
    try:
        spec = {"kind": "function", "function": "probe", "params": [{"name": "port"}], "returns": ""}
        assert sandbox.load(Program(PROBE, "probe.py", spec), 5).ok
        result = sandbox.call({"port": port}, 5)
        direct = sandbox.transport.direct is not None
        directory = sandbox.transport.directory
    finally:
        sandbox.close()
        listener.close()
    assert result.outcome is Outcome.OK, result
    time.sleep(0.1)
    result.value["host_accepted"] = bool(accepted)
    result.value["direct"] = direct
    result.value["directory_left"] = directory is not None and os.path.exists(directory)
    return result.value


def test_only_loopback_and_no_route(facts):
    assert facts["interfaces"] == ["lo"]
    assert facts["routes"] == []


def test_a_listener_on_the_hosts_loopback_is_unreachable(facts):
    assert facts["host_listener"] != "reached"
    assert not facts["host_accepted"]


def test_runs_as_nobody_without_capabilities(facts):
    assert (facts["uid"], facts["gid"]) == (65534, 65534)
    assert int(facts["cap_eff"], 16) == 0
    assert int(facts["cap_bnd"], 16) == 0
    assert facts["no_new_privs"] == "1"


def test_filesystem_is_read_only_but_tmp(facts):
    assert not facts["root_writable"]
    assert not facts["etc_writable"]
    assert facts["tmp_writable"]
    assert not facts["dev_shm"]
    root = next(line for line in facts["mounts"].splitlines() if line.split()[1] == "/")
    assert "ro" in root.split()[3].split(",")


def test_nothing_from_the_host(facts):
    assert not facts["docker_sock"]
    assert set(facts["env"]) <= {"PATH", "HOSTNAME", "HOME", "LC_CTYPE"}
    assert facts["stdin_is_devnull"]


def test_the_direct_channel_leaves_nothing_to_see_or_write(engine, facts):
    """The one mount: the direct channel's directory, read-only, its socket gone before the
    solution's code runs (sandbox/channel.py); removed from the host with the sandbox."""
    from judge.sandbox import channel

    assert facts["direct"] is channel.wanted(engine.client.api.base_url)
    # the sandbox's user may enter the directory, not list it
    assert facts["channel_dir"] == ("PermissionError" if facts["direct"] else "FileNotFoundError")
    assert not facts["channel_socket"]
    assert not facts["channel_writable"]
    assert not facts["directory_left"]
    mounted = {line.split()[1]: line.split()[3].split(",") for line in facts["mounts"].splitlines()}
    from_host = {m for m in mounted if not m.startswith(("/proc", "/sys", "/dev"))}
    # what the engine mounts itself (its init, and the files of names and addresses), the
    # root and /tmp, and the channel's directory: nothing else
    engine_own = {"/usr/sbin/docker-init", "/etc/resolv.conf", "/etc/hostname", "/etc/hosts"}
    assert from_host - engine_own == {"/", "/tmp", *(["/run/judge-harness"] if facts["direct"] else [])}
    if facts["direct"]:
        assert "ro" in mounted["/run/judge-harness"]


def test_limits(facts):
    assert facts["nofile"] == Limits().open_files
    assert facts["fsize"] == Limits().file_size_mb * 1024 * 1024
    assert facts["core"] == 0
    assert facts["stack"] == Limits().stack_mb * 1024 * 1024
    assert "32" in facts["pids_max"]
    assert facts["pid1"].endswith("docker-init")


def test_settings_match_design(engine):
    """The create settings themselves: a change here is a change to DESIGN.md's sandbox."""
    from judge.sandbox.docker import container_settings

    s = container_settings("img", Limits(memory_mb=200), "run")
    assert s["network_mode"] == "none" and s["ipc_mode"] == "none"
    assert s["read_only"] and s["cap_drop"] == ["ALL"] and "no-new-privileges" in s["security_opt"]
    assert s["mem_limit"] == s["memswap_limit"] == "200m"
    assert s["init"] and s["environment"] == {}
    assert json.loads(json.dumps(s["labels"])) == {"judge.run": "run"}
    assert "volumes" not in s and "mounts" not in s
