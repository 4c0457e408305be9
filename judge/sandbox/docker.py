"""The Docker backend: one locked-down container per sandbox (the only module that imports docker).

Every container is made with the settings in `container_settings`, which follow
DESIGN.md's sandbox section: no network, no IPC namespace sharing (so no writable
/dev/shm), logging off, read-only root with a small tmpfs at /tmp, every capability
dropped, no-new-privileges, user nobody, a pids limit, memory equal to memory+swap
(so running out of memory is a kill the judge can see), one CPU, ulimits on open
files, file size and core dumps, an init process, no environment from the host, and
a label that lets `judge sandbox prune` find leftovers.  The solution reaches the
container only inside frames on its stdin: nothing is mounted.

We attach to the container before starting it, so no byte it writes is lost, and
speak the harness protocol over the attach socket, demultiplexing Docker's stream
headers ourselves.
"""

from __future__ import annotations

import contextlib
import functools
import os
import signal
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from typing import Any

import docker
import docker.errors
from docker.types import LogConfig, Ulimit

from judge.errors import SandboxUnavailable
from judge.harness.boot import COMMAND
from judge.sandbox.base import Limits, Outcome
from judge.sandbox.client import Dead, HarnessClient, describe_exit

IMAGE = "judge-sandbox:python3-v1"
LABEL = "judge.run"
USER = "65534:65534"  # nobody
STDERR_KEEP = 16 * 1024
REMOVE_ATTEMPTS = 5


def container_settings(image: str, limits: Limits, run_id: str) -> dict[str, Any]:
    mb = 1024 * 1024
    return {
        "image": image,
        "command": COMMAND,
        "stdin_open": True,
        "network_mode": "none",
        "ipc_mode": "none",
        "log_config": LogConfig(type="none"),
        "read_only": True,
        "tmpfs": {"/tmp": f"rw,nosuid,nodev,noexec,size={limits.tmp_mb}m,mode=1777"},
        "cap_drop": ["ALL"],
        "security_opt": ["no-new-privileges"],
        "user": USER,
        "pids_limit": limits.pids,
        "mem_limit": f"{limits.memory_mb}m",
        "memswap_limit": f"{limits.memory_mb}m",
        "nano_cpus": int(limits.cpus * 1e9),
        "ulimits": [
            Ulimit(name="nofile", soft=limits.open_files, hard=limits.open_files),
            Ulimit(name="fsize", soft=limits.file_size_mb * mb, hard=limits.file_size_mb * mb),
            Ulimit(name="core", soft=0, hard=0),
            Ulimit(name="stack", soft=limits.stack_mb * mb, hard=limits.stack_mb * mb),
        ],
        "init": True,
        "environment": {},
        "working_dir": "/tmp",
        "hostname": "sandbox",
        "labels": {LABEL: run_id},
    }


@contextlib.contextmanager
def signals_deferred() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM until the block ends, so cleanup cannot be cut short."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = {s: signal.signal(s, lambda n, _f: caught.append(n)) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        if caught:
            signal.raise_signal(caught[0])


def find_cpu_accounting(container_id: str) -> str | None:
    """The cgroup file counting a container's CPU nanoseconds (v1) or microseconds (v2)."""
    candidates = [
        f"/sys/fs/cgroup/cpuacct/docker/{container_id}/cpuacct.usage",
        f"/sys/fs/cgroup/cpu,cpuacct/docker/{container_id}/cpuacct.usage",
        f"/sys/fs/cgroup/system.slice/docker-{container_id}.scope/cpu.stat",
        f"/sys/fs/cgroup/docker/{container_id}/cpu.stat",
    ]
    return next((path for path in candidates if os.access(path, os.R_OK)), None)


class DockerTransport:
    """The attach socket of one container, with Docker's stream framing undone."""

    def __init__(self, container: Any, attach: Any, memory_mb: int) -> None:
        self.container = container
        # The object docker-py returns holds the HTTP response the socket belongs to.
        # Dropped, that response can hand its connection back to the client's pool,
        # where another thread's next API call would write into this container's stdin.
        self.attach = attach
        self.sock: socket.socket = attach._sock
        self.memory_mb = memory_mb
        self.raw = bytearray()  # bytes from the socket not yet demultiplexed
        self.stdout = bytearray()  # the harness's frames
        self.stderr = bytearray()  # what Python printed before the harness took fd 2
        self.chunk_stream = 0
        self.chunk_left = 0
        self.cgroup_file: str | None = None

    def send(self, data: bytes, deadline: float) -> None:
        try:
            self.sock.settimeout(max(deadline - time.monotonic(), 0.001))
            self.sock.sendall(data)
        except TimeoutError:
            raise
        except OSError:
            raise Dead from None

    def receive(self, limit: int, deadline: float) -> bytes:
        while not self.stdout:
            self._pump(deadline)
        out = bytes(self.stdout[:limit])
        del self.stdout[:limit]
        return out

    def _pump(self, deadline: float) -> None:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError
        self.sock.settimeout(remaining)
        try:
            data = self.sock.recv(1 << 18)
        except TimeoutError:
            raise
        except OSError:
            raise Dead from None
        if not data:
            raise Dead
        self.raw += data
        self._demultiplex()

    def _demultiplex(self) -> None:
        while self.raw:
            if self.chunk_left == 0:
                if len(self.raw) < 8:
                    return
                self.chunk_stream = self.raw[0]
                self.chunk_left = int.from_bytes(self.raw[4:8], "big")
                del self.raw[:8]
                continue
            take = min(self.chunk_left, len(self.raw))
            piece = self.raw[:take]
            del self.raw[:take]
            self.chunk_left -= take
            if self.chunk_stream == 1:
                self.stdout += piece
            elif len(self.stderr) < STDERR_KEEP:
                self.stderr += piece[: STDERR_KEEP - len(self.stderr)]

    def cpu_ns(self) -> int | None:
        """The container's CPU time from its cgroup on this host (None on a remote engine)."""
        if self.cgroup_file is None:
            self.cgroup_file = find_cpu_accounting(self.container.id) or ""
        if not self.cgroup_file:
            return None
        try:
            with open(self.cgroup_file) as f:
                text = f.read()
        except OSError:
            return None
        if text.startswith("usage_usec"):  # cgroup v2 cpu.stat
            return int(text.split()[1]) * 1000
        return int(text.strip())

    def kill(self) -> None:
        with contextlib.suppress(docker.errors.APIError):
            self.container.kill()

    def death(self) -> tuple[Outcome, str]:
        try:
            status = int(self.container.wait(timeout=10).get("StatusCode", -1))
            self.container.reload()
            oom = bool(self.container.attrs.get("State", {}).get("OOMKilled"))
        except Exception as e:  # the engine went away under us: still a crash, not a judge error
            return Outcome.CRASH, f"the container ended and Docker could not say how ({e})"
        outcome, detail = describe_exit(status, self.memory_mb, oom)
        tail = bytes(self.stderr).decode("utf-8", "replace").strip().splitlines()[-1:]
        return outcome, detail + (f": {tail[0]}" if tail else "")

    def close(self) -> None:
        with signals_deferred():
            with contextlib.suppress(OSError):
                self.sock.close()
                self.attach.close()
            remove(self.container)


def remove(container: Any, attempts: int = REMOVE_ATTEMPTS) -> bool:
    """Force-remove a container; False if it is still there after every attempt.

    dockerd can refuse a forced removal that races the container's own exit ("Could
    not kill running container ..., cannot remove - Container ... is not running")
    and leave it marked "Removal In Progress"; asked again a moment later, it removes it.
    """
    for attempt in range(attempts):
        try:
            container.remove(force=True)
            return True
        except docker.errors.NotFound:
            return True
        except docker.errors.APIError:
            if attempt < attempts - 1:
                time.sleep(0.1 * 2**attempt)
    return False


class DockerEngine:
    """A connection to a Docker engine, and what the judge does with it."""

    def __init__(self, client: Any) -> None:
        self.client = client

    @classmethod
    def connect(cls, timeout_s: float = 30) -> DockerEngine:
        try:
            client = docker.from_env(timeout=int(timeout_s))
            client.ping()
        except Exception as e:
            raise SandboxUnavailable(
                f"Docker is not reachable ({_first_line(e)}). Start the Docker engine "
                "(e.g. `sudo systemctl start docker`, or `sudo dockerd &`) and try again."
            ) from None
        return cls(client)

    def version(self) -> str:
        info = self.client.version()
        return f"Docker Engine {info.get('Version', '?')} (API {info.get('ApiVersion', '?')})"

    def has_image(self, image: str = IMAGE) -> bool:
        try:
            self.client.images.get(image)
        except docker.errors.ImageNotFound:
            return False
        return True

    def require_image(self, image: str = IMAGE) -> None:
        if not self.has_image(image):
            raise SandboxUnavailable(
                f"The sandbox image {image} is missing. Build it with `judge sandbox build`."
            )

    def start(self, limits: Limits, run_id: str, image: str = IMAGE) -> HarnessClient:
        """A fresh container running the harness, booted and ready for `load`."""
        container = None
        transport = None
        try:
            with signals_deferred():
                container = self.client.containers.create(**container_settings(image, limits, run_id))
            attach = self.client.api.attach_socket(
                container.id, params={"stdin": 1, "stdout": 1, "stderr": 1, "stream": 1}
            )
            transport = DockerTransport(container, attach, limits.memory_mb)
            container.start()
            return HarnessClient(transport, alone=True)
        except BaseException as e:
            if transport is not None:
                transport.close()
            elif container is not None:
                with signals_deferred(), contextlib.suppress(docker.errors.APIError):
                    container.remove(force=True)
            if isinstance(e, docker.errors.ImageNotFound):
                self.require_image(image)
            if isinstance(e, docker.errors.DockerException):
                raise SandboxUnavailable(f"Docker could not start a sandbox: {_first_line(e)}") from None
            raise

    def leftovers(self) -> list[Any]:
        # sparse: no per-container lookup, which fails for one removed meanwhile
        return list(self.client.containers.list(all=True, sparse=True, filters={"label": LABEL}))

    def prune(self, run_id: str | None = None) -> int:
        """Remove every container the judge made (of one run, if given) that is still there."""
        label = LABEL if run_id is None else f"{LABEL}={run_id}"
        found = self.client.containers.list(all=True, sparse=True, filters={"label": label})
        return sum(1 for container in found if remove(container))

    def pull(self, repository: str, tag: str) -> bool:
        try:
            self.client.images.pull(repository, tag=tag)
        except docker.errors.DockerException:
            return False
        return True

    def build(self, context: str, tag: str) -> None:
        try:
            self.client.images.build(path=context, tag=tag, rm=True, pull=False)
        except docker.errors.DockerException as e:
            raise SandboxUnavailable(f"building {tag} failed: {_first_line(e)}") from None

    def import_rootfs(self, tarball: str, tag: str) -> None:
        repository, _, version = tag.partition(":")
        with open(tarball, "rb") as f:
            self.client.api.import_image_from_file(
                f.name, repository=repository, tag=version, changes=["ENV PATH=/usr/local/bin:/usr/bin:/bin"]
            )


class DockerBackend:
    """Containers of one run, all labelled with the run's id."""

    name = "docker"

    def __init__(self, engine: DockerEngine, image: str = IMAGE, run_id: str | None = None) -> None:
        self.engine = engine
        self.image = image
        self.run_id = run_id or new_run_id()

    def start(self, limits: Limits) -> HarnessClient:
        return self.engine.start(limits, self.run_id, self.image)


def new_run_id() -> str:
    return uuid.uuid4().hex[:12]


def _first_line(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0]


@functools.cache
def worker_backend(run_id: str | None = None) -> DockerBackend:
    """This process's Docker connection, made once, the image checked: for worker
    processes that judge many solutions (`judge check`, `judge audit`). run_id: the
    label the parent gave its workers, so that it can remove what they leave."""
    engine = DockerEngine.connect()
    engine.require_image()
    return DockerBackend(engine, run_id=run_id)
