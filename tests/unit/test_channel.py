"""The direct channel's host side (judge/sandbox/channel.py): when it is offered, the
offer's one connection, and the directories it leaves."""

from __future__ import annotations

import os
import shutil
import socket
import stat
import tempfile
import threading
import time
from pathlib import Path

import pytest

from judge.languages import PYTHON
from judge.sandbox import channel


@pytest.fixture
def private_home(monkeypatch):
    # short: a socket's path must fit in 108 bytes (pytest's tmp_path under xdist does not)
    base = tempfile.mkdtemp(prefix="jc-", dir="/tmp")
    monkeypatch.setattr(channel.tempfile, "gettempdir", lambda: base)
    yield Path(base) / f"judge-channels-{os.getuid()}"
    shutil.rmtree(base, ignore_errors=True)


def test_a_socket_path_too_long_is_an_error_the_engine_can_catch(tmp_path):
    deep = tmp_path / ("d" * 100)
    deep.mkdir()
    with pytest.raises(OSError):
        channel.Offer(str(deep))
    assert os.listdir(deep) == []


@pytest.mark.parametrize(
    ("base_url", "env", "offered"),
    [
        ("http+docker://localhost", "", True),
        ("http+unix://%2Fvar%2Frun%2Fdocker.sock", "", True),
        ("tcp://10.0.0.5:2376", "", False),
        ("https://docker.example:2376", "", False),
        ("ssh://someone@host", "", False),
        ("http+docker://localhost", "attach", False),
        ("http+docker://localhost", " Attach ", False),
    ],
)
def test_offered_only_to_a_local_engine_unless_turned_off(monkeypatch, base_url, env, offered):
    monkeypatch.setenv(channel.ENV, env)
    monkeypatch.setattr(channel.sys, "platform", "linux")
    assert channel.wanted(base_url) is offered


def test_not_offered_off_linux(monkeypatch):
    monkeypatch.delenv(channel.ENV, raising=False)
    monkeypatch.setattr(channel.sys, "platform", "darwin")
    assert not channel.wanted("http+docker://localhost")


def test_directories_live_in_a_folder_only_the_user_enters(private_home):
    directory = channel.make_directory()
    assert os.path.dirname(directory) == str(private_home)
    assert stat.S_IMODE(private_home.stat().st_mode) == 0o700
    # the sandbox's user enters its own directory through the mount, and cannot list it
    assert stat.S_IMODE(os.stat(directory).st_mode) == 0o711
    assert channel.mount(directory) == {"volumes": {directory: {"bind": channel.MOUNT, "mode": "ro"}}}


def test_a_folder_that_is_not_the_users_own_is_refused(private_home, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    private_home.symlink_to(elsewhere)
    with pytest.raises(PermissionError):
        channel.home()


def test_the_offer_takes_the_first_connection_then_nobody_else(private_home):
    directory = channel.make_directory()
    offer = channel.Offer(directory)
    path = os.path.join(directory, channel.SOCKET)
    assert stat.S_ISSOCK(os.stat(path).st_mode)
    assert offer.take() is None  # nobody has connected: the offer stands
    harness = socket.socket(socket.AF_UNIX)
    harness.connect(path)
    taken = offer.take()
    assert taken is not None
    assert not os.path.exists(path)  # unlinked as soon as it was taken
    late = socket.socket(socket.AF_UNIX)
    with pytest.raises(OSError):
        late.connect(path)
    harness.sendall(b"frame")
    assert taken.receive(time.monotonic() + 5) == b"frame"
    taken.send(b"answer", time.monotonic() + 5)
    assert harness.recv(16) == b"answer"
    harness.close()
    with pytest.raises(channel.Closed):
        taken.receive(time.monotonic() + 5)
    taken.close()
    late.close()


def test_a_withdrawn_offer_refuses_connections(private_home):
    directory = channel.make_directory()
    offer = channel.Offer(directory)
    offer.withdraw()
    offer.withdraw()  # twice is harmless
    assert os.listdir(directory) == []
    with pytest.raises(OSError), socket.socket(socket.AF_UNIX) as s:
        s.connect(os.path.join(directory, channel.SOCKET))


def test_a_spares_label_names_a_directory_only_if_it_is_ours(private_home, tmp_path):
    directory = channel.make_directory()
    assert channel.own_directory(directory) == directory
    assert channel.own_directory(None) is None
    assert channel.own_directory("") is None
    assert channel.own_directory(str(tmp_path)) is None  # not in the judge's folder
    assert channel.own_directory(str(private_home / "sandbox-gone")) is None
    assert channel.own_directory(str(private_home / ".." / os.path.basename(directory))) is None


def test_prune_removes_directories_no_container_mounts(private_home):
    kept, orphan, fresh = (channel.make_directory() for _ in range(3))
    old = time.time() - 3600
    for path in (kept, orphan):
        os.utime(path, (old, old))
    assert channel.prune({kept}) == 1
    assert os.path.isdir(kept) and os.path.isdir(fresh)  # mounted; just made
    assert not os.path.exists(orphan)


def test_a_connection_waits_until_its_deadline(private_home):
    near, far = socket.socketpair(socket.AF_UNIX)
    connection = channel.Connection(near)
    began = time.monotonic()
    with pytest.raises(TimeoutError):
        connection.receive(began + 0.05)
    assert 0.05 <= time.monotonic() - began < 1
    far.close()
    connection.close()


def test_a_large_frame_is_sent_whole_past_the_socket_buffer(private_home):
    near, far = socket.socketpair(socket.AF_UNIX)
    connection = channel.Connection(near)
    data = os.urandom(4 * 1024 * 1024)
    got = bytearray()

    def read_all() -> None:
        while len(got) < len(data):
            got.extend(far.recv(1 << 16))

    reader = threading.Thread(target=read_all)
    reader.start()
    connection.send(data, time.monotonic() + 10)
    reader.join(10)
    assert bytes(got) == data
    far.close()
    connection.close()


def test_only_a_refused_mount_turns_the_channel_off():
    import docker.errors

    from judge.sandbox.docker import _refused_mount

    denied = docker.errors.APIError("500 Server Error: Mounts denied: the path /tmp/x is not shared")
    assert _refused_mount(denied)
    assert not _refused_mount(docker.errors.APIError("500 Server Error: context deadline exceeded"))
    assert not _refused_mount(docker.errors.ImageNotFound("No such image: judge-sandbox:python3-v1"))
    assert not _refused_mount(KeyboardInterrupt())


def test_an_engine_that_refuses_the_mount_makes_the_sandbox_without_it(private_home, monkeypatch):
    """Docker Desktop refuses a path it does not share: the sandbox is made without the
    directory (which is removed), and that engine is not offered the channel again."""
    import docker.errors

    from judge.sandbox.docker import DockerEngine

    made: list[dict] = []

    class Containers:
        def create(self, **settings):
            if "volumes" in settings:
                raise docker.errors.APIError("500 Server Error: Mounts denied: /tmp is not shared")
            made.append(settings)
            return object()

    class Client:
        containers = Containers()

        class api:  # docker-py names it so
            base_url = "http+docker://localhost"

    monkeypatch.delenv(channel.ENV, raising=False)
    monkeypatch.setattr(channel.sys, "platform", "linux")
    engine = DockerEngine(Client())
    assert engine.direct_channel()
    _, directory = engine._create(lambda d: {"volumes": d} if d else {"plain": True}, PYTHON)
    assert directory is None and made == [{"plain": True}]
    assert os.listdir(private_home) == []  # the refused directory is gone
    assert not engine.direct_channel()
