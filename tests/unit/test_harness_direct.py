"""The harness's end of the direct channel (judge/harness/runner.py): it connects only where
a directory is offered, and after its first request every frame goes over the socket."""

from __future__ import annotations

import json
import os
import socket

from judge.harness import runner


def frame(obj: object) -> bytes:
    body = json.dumps(obj).encode()
    return len(body).to_bytes(4, "big") + body


def read_frame(sock: socket.socket) -> object:
    length = int.from_bytes(sock.recv(4), "big")
    return json.loads(sock.recv(length))


def test_no_directory_no_connection(tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "DIRECT_DIR", str(tmp_path / "absent"))
    assert runner.connect_direct() is None


def test_a_directory_without_a_listener_leaves_stdout(tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "DIRECT_DIR", str(tmp_path))
    assert runner.connect_direct() is None


def test_connects_to_the_offered_socket(tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "DIRECT_DIR", str(tmp_path))
    with socket.socket(socket.AF_UNIX) as listener:
        listener.bind(str(tmp_path / "channel"))
        listener.listen(1)
        fd = runner.connect_direct()
        assert fd is not None
        judge, _ = listener.accept()
        os.write(fd, b"hello")
        assert judge.recv(5) == b"hello"
        os.close(fd)
        judge.close()


def test_the_first_request_over_stdin_then_everything_over_the_socket():
    stdin_read, stdin_write = os.pipe()
    stdout_read, stdout_write = os.pipe()
    judge, harness = socket.socketpair(socket.AF_UNIX)
    channel = runner.Channel(stdin_read, stdout_write, harness.fileno())
    os.write(stdin_write, frame({"op": "load"}))
    judge.sendall(frame({"op": "call", "id": 1}))
    assert channel.receive() == {"op": "load"}
    channel.send({"op": "loaded"})
    assert read_frame(judge) == {"op": "loaded"}
    os.write(stdin_write, frame({"op": "forged"}))  # stdin is not read again
    assert channel.receive() == {"op": "call", "id": 1}
    judge.close()
    assert channel.receive() is None  # the judge went: the harness ends
    os.set_blocking(stdout_read, False)
    assert _nothing(stdout_read)  # no answer went to stdout
    for fd in (stdin_read, stdin_write, stdout_read, stdout_write):
        os.close(fd)
    harness.close()


def _nothing(fd: int) -> bool:
    """Nothing was written to the (non-blocking) pipe fd."""
    try:
        os.read(fd, 100)
    except BlockingIOError:
        return True
    return False


def test_frames_are_read_whole_however_the_bytes_arrive():
    """A header and its body usually come in one read; a frame may also be split across
    reads, or several frames come in one (Docker's attach stream)."""
    stdin_read, stdin_write = os.pipe()
    stdout_read, stdout_write = os.pipe()
    channel = runner.Channel(stdin_read, stdout_write)
    first, second = frame({"op": "call", "id": 1, "args": {"s": "é" * 40}}), frame({"op": "bye"})
    os.write(stdin_write, first[:3])
    os.write(stdin_write, first[3:20])
    os.write(stdin_write, first[20:] + second)
    assert channel.receive() == {"op": "call", "id": 1, "args": {"s": "é" * 40}}
    assert channel.receive() == {"op": "bye"}
    large = frame({"xs": list(range(100_000))})  # past one read of READ_SIZE
    os.set_blocking(stdin_write, False)
    written = 0
    while written < len(large):
        try:
            written += os.write(stdin_write, large[written:])
        except BlockingIOError:
            assert channel._fill(len(channel.pending) + 1)  # the reader drains the pipe
    assert channel.receive() == {"xs": list(range(100_000))}
    os.close(stdin_write)
    assert channel.receive() is None
    for fd in (stdin_read, stdout_read, stdout_write):
        os.close(fd)
