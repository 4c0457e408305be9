"""The Docker backend: one locked-down container per sandbox (the only module that imports docker).

Every container is made with the settings in `container_settings`, which follow
DESIGN.md's sandbox section: no network, no IPC namespace sharing (so no writable
/dev/shm), logging off, read-only root with a small tmpfs at /tmp, every capability
dropped, no-new-privileges, user nobody, a pids limit, memory equal to memory+swap
(so running out of memory is a kill the judge can see), one CPU, ulimits on open
files, file size and core dumps, an init process, no environment from the host, and
a label that lets `judge sandbox prune` find leftovers.  The solution reaches the
container only inside frames on its stdin. Nothing is mounted but, where the engine is
local, one empty directory read-only: the direct channel's (channel.py).

We attach to the container before starting it, so no byte it writes is lost, and
speak the harness protocol over the attach socket, demultiplexing Docker's stream
headers ourselves, or over the direct channel once the harness has connected to it.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import os
import signal
import socket
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from typing import Any

import docker
import docker.errors
from docker.types import LogConfig, Ulimit

from judge.errors import SandboxUnavailable
from judge.harness.boot import command
from judge.languages import PYTHON, Language
from judge.languages.base import Harness
from judge.sandbox import channel, owners, spares
from judge.sandbox.base import Backend, Limits, Outcome
from judge.sandbox.client import Dead, HarnessClient, describe_exit

IMAGE = PYTHON.image
LABEL = "judge.run"
USER = "65534:65534"  # nobody
STDERR_KEEP = 16 * 1024
REMOVE_ATTEMPTS = 5


def container_settings(
    image: str, limits: Limits, run_id: str, language: Language = PYTHON, directory: str | None = None
) -> dict[str, Any]:
    """How a sandbox of `language` is made (image: the language's, or a test's own);
    directory: the direct channel's on this host (channel.py), mounted read-only."""
    mb = 1024 * 1024
    harness = _harness(language)
    settings: dict[str, Any] = {
        "image": image,
        "command": command() if harness is None else harness.command(memory_mb=limits.memory_mb),
        "stdin_open": True,
        "network_mode": "none",
        "ipc_mode": "none",
        "log_config": LogConfig(type="none"),
        "read_only": True,
        "tmpfs": {"/tmp": f"rw,nosuid,nodev,noexec,size={limits.tmp_mb}m,mode=1777", **_scratch(language)},
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
        "auto_remove": True,  # gone once its harness ends, even if the judge itself was killed
    }
    if directory is not None:
        settings.update(channel.mount(directory))
        settings["labels"][channel.LABEL] = directory
    return settings


def _harness(language: Language) -> Harness | None:
    """The language's harness module; None for Python's, which boot.py starts."""
    return None if language is PYTHON else language.harness()


def _scratch(language: Language) -> dict[str, str]:
    """The executable tmpfs a compiled language asks for (Language.exec_scratch), if any."""
    path, mb = language.exec_scratch, language.exec_scratch_mb
    return {path: f"rw,nosuid,nodev,exec,size={mb}m,mode=1777"} if path else {}


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

    def __init__(self, container: Any, attach: Any, memory_mb: int, directory: str | None = None) -> None:
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
        self.since = time.time() - 1  # container events of interest are newer than this
        self.started = False  # its process runs (and ends by itself once its stdin closes)
        # the direct channel (channel.py): its directory, the offer until the harness
        # connects or answers over stdout, then the connection every frame goes over
        self.directory = directory
        self.offer: channel.Offer | None = None
        self.direct: channel.Connection | None = None
        if directory is not None:
            with contextlib.suppress(OSError):  # no offer: the harness answers over stdout
                self.offer = channel.Offer(directory)

    def send(self, data: bytes, deadline: float) -> None:
        if self.direct is not None:
            try:
                return self.direct.send(data, deadline)
            except channel.Closed:
                raise Dead from None
        try:
            self.sock.settimeout(max(deadline - time.monotonic(), 0.001))
            self.sock.sendall(data)
        except TimeoutError:
            raise
        except OSError:
            raise Dead from None

    def wait(self, deadline: float) -> None:
        while not self.stdout:
            if self.direct is not None:
                self._pump_direct(deadline)
            elif self.offer is not None:
                self._pump_offered(deadline)
            else:
                self._pump(deadline)

    def _pump_direct(self, deadline: float) -> None:
        assert self.direct is not None
        try:
            self.stdout += self.direct.receive(deadline)
        except channel.Closed:
            raise Dead from None

    def _pump_offered(self, deadline: float) -> None:
        """Until the harness connects (its frames come over the direct channel from now
        on) or answers over stdout (it could not connect: the offer is withdrawn)."""
        assert self.offer is not None
        ready = channel.readable([self.sock, self.offer], deadline)
        if self.offer in ready:
            self.direct = self.offer.take()
            if self.direct is not None:
                self.offer = None
                return
        if self.sock in ready:
            self._pump(deadline)
            if self.stdout:
                self.offer.withdraw()
                self.offer = None

    def receive(self, limit: int, deadline: float) -> bytes:
        self.wait(deadline)
        out = bytes(self.stdout[:limit])
        del self.stdout[:limit]
        return out

    def _pump(self, deadline: float) -> None:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError
        self.sock.settimeout(remaining)
        try:
            data = self.sock.recv(channel.READ_SIZE)
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

    def _exit(self) -> tuple[int, bool]:
        """The exit status and whether the kernel killed it for memory. A sandbox is
        removed by the engine once it ends (auto-remove): if it is gone, its events say."""
        try:
            status = int(self.container.wait(timeout=10).get("StatusCode", -1))
            self.container.reload()
            return status, bool(self.container.attrs.get("State", {}).get("OOMKilled"))
        except docker.errors.NotFound:
            return exit_from_events(self.container.client.api, self.container.id, self.since)

    def kill(self) -> None:
        with contextlib.suppress(docker.errors.APIError):
            self.container.kill()

    def death(self) -> tuple[Outcome, str]:
        try:
            status, oom = self._exit()
        except Exception as e:  # the engine went away under us: still a crash, not a judge error
            return Outcome.CRASH, f"the container ended and Docker could not say how ({e})"
        if self.direct is not None:
            self._drain_attach()
        outcome, detail = describe_exit(status, self.memory_mb, oom, bytes(self.stderr))
        tail = bytes(self.stderr).decode("utf-8", "replace").strip().splitlines()[-1:]
        return outcome, detail + (f": {tail[0]}" if tail else "")

    def _drain_attach(self, timeout_s: float = 0.5) -> None:
        """What the ended container wrote to its stderr (the attach socket is not read
        while frames go over the direct channel)."""
        deadline = time.monotonic() + timeout_s
        with contextlib.suppress(Dead, TimeoutError):
            while len(self.stderr) < STDERR_KEEP:
                self._pump(deadline)

    def close(self) -> None:
        with signals_deferred():
            with contextlib.suppress(OSError):
                if self.direct is not None:
                    self.direct.close()
                if self.offer is not None:
                    self.offer.withdraw()
                self.sock.close()
                self.attach.close()
            removals.remove(self.container, self.started)
            if self.directory is not None:
                channel.remove_directory(self.directory)


def owner(container: Any) -> str:
    """The run id a container belongs to: its label, or a claimed spare's name."""
    labels = container.attrs.get("Labels") or {}
    if labels.get(LABEL):
        return str(labels[LABEL])
    names = container.attrs.get("Names") or [container.attrs.get("Name", "")]
    name = str(names[0]).lstrip("/")
    return name.removeprefix(spares.claimed_prefix(None)).rpartition("-")[0]


def exit_from_events(api: Any, container_id: str, since: float) -> tuple[int, bool]:
    """(exit status, killed for memory) from the engine's events of a removed container."""
    status, oom = -1, False
    events = api.events(
        since=since, until=f"{time.time():.9f}", filters={"container": container_id}, decode=True
    )
    for event in events:
        action = event.get("Action") or event.get("status")
        if action == "oom":
            oom = True
        elif action == "die":
            status = int(event.get("Actor", {}).get("Attributes", {}).get("exitCode", -1))
    return status, oom


class Removals:
    """Containers being removed in the background, so that a verdict need not wait for it.

    Every sandbox is made with auto-remove: once its harness ends (after "bye", a kill,
    or the end of its stdin when the judge itself dies) the engine removes it. We wait
    for that removal off the verdict's path (a forced removal of our own would race the
    engine's and be refused, and retried, while it is under way), force it where it does
    not come, and a process waits for its removals before it exits (`wait`, also at
    exit), so that nothing is left when a judge command returns."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.pending: list[threading.Thread] = []
        atexit.register(self.wait)

    def remove(self, container: Any, ending: bool) -> None:
        """ending: its process was told to end or was killed, so the engine removes it."""
        thread = threading.Thread(target=gone, args=(container, ending), name="remove-sandbox", daemon=True)
        with self.lock:
            self.pending = [t for t in self.pending if t.is_alive()]
            self.pending.append(thread)
        thread.start()

    def wait(self, timeout_s: float = 40) -> None:
        """Return once every removal asked for so far (and meanwhile) has finished, or
        timeout_s passed."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            with self.lock:
                pending, self.pending = self.pending, []
            if not pending:
                return
            for thread in pending:
                thread.join(max(deadline - time.monotonic(), 0))


removals = Removals()

ENGINE_REMOVAL_S = 15  # how long a container that ended is given to be removed by the engine


def gone(container: Any, ending: bool) -> bool:
    """Make sure a container is gone: waited for where the engine removes it, forced where
    it does not; True once the engine no longer knows it."""
    if ending:
        with contextlib.suppress(Exception):  # gone already, or it did not end: forced below
            container.wait(condition="removed", timeout=ENGINE_REMOVAL_S)
    # the wait can answer while the engine is still removing it, and a forced removal is
    # refused (or answered early) while it does: look until it is gone, forcing it
    deadline = time.monotonic() + ENGINE_REMOVAL_S
    while time.monotonic() < deadline:
        try:
            container.reload()
        except docker.errors.NotFound:
            return True
        except docker.errors.APIError:
            pass
        remove(container, attempts=1)
        time.sleep(0.05)
    return False


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
        self.direct_refused = False  # the engine refused the direct channel's mount once

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

    def direct_channel(self) -> bool:
        """Whether this engine's Python sandboxes are offered the direct channel (channel.py)."""
        return not self.direct_refused and channel.wanted(self.client.api.base_url)

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

    def start(self, limits: Limits, run_id: str, language: Language = PYTHON) -> HarnessClient:
        """A fresh container running the harness (Python's unless another language's
        is given), booted and ready for `load`."""
        container = None
        transport = None
        try:
            with signals_deferred():
                container, directory = self._create(
                    lambda d: container_settings(language.image, limits, run_id, language, d), language
                )
            transport = self._attach(container, limits, directory)
            container.start()
            transport.started = True
            harness = _harness(language)
            return HarnessClient(
                transport, alone=True, boot=None if harness is None else harness.boot_frame()
            )
        except BaseException as e:
            if transport is not None:
                transport.close()
            elif container is not None:
                with signals_deferred(), contextlib.suppress(docker.errors.APIError):
                    container.remove(force=True)
            if isinstance(e, docker.errors.ImageNotFound):
                self.require_image(language.image)
            if isinstance(e, docker.errors.DockerException):
                raise SandboxUnavailable(f"Docker could not start a sandbox: {_first_line(e)}") from None
            raise

    def _create(
        self, settings: Callable[[str | None], dict[str, Any]], language: Language
    ) -> tuple[Any, str | None]:
        """A container made with settings(directory): the direct channel's directory mounted
        where it is wanted, none if the engine refuses the mount (then never again)."""
        directory = None
        if language.direct_channel and self.direct_channel():
            with contextlib.suppress(OSError):  # no folder of our own in the temp dir: no channel
                directory = channel.make_directory()
        if directory is not None:
            try:
                return self.client.containers.create(**settings(directory)), directory
            except BaseException as e:
                channel.remove_directory(directory)
                if not _refused_mount(e):
                    raise
                self.direct_refused = True
        return self.client.containers.create(**settings(None)), None

    def _attach(self, container: Any, limits: Limits, directory: str | None = None) -> DockerTransport:
        attach = self.client.api.attach_socket(
            container.id, params={"stdin": 1, "stdout": 1, "stderr": 1, "stream": 1}
        )
        return DockerTransport(container, attach, limits.memory_mb, directory)

    def adopt(self, container: Any, limits: Limits) -> HarnessClient | None:
        """Boot the harness in a running container that has read nothing yet (a claimed
        spare); None if it ended meanwhile (it is then removed)."""
        transport = None
        try:
            labels = container.attrs.get("Config", {}).get("Labels") or {}
            transport = self._attach(container, limits, channel.own_directory(labels.get(channel.LABEL)))
            transport.started = True
            return HarnessClient(transport, alone=True)
        except (docker.errors.DockerException, Dead, TimeoutError, OSError):
            if transport is not None:
                transport.close()
            else:
                remove(container)
            return None

    def start_spare(self, limits: Limits, image: str, ttl_s: int) -> None:
        """A spare sandbox (spares.py): started, left waiting for a run to claim it."""

        def settings(directory: str | None) -> dict[str, Any]:
            made = container_settings(image, limits, "spare", directory=directory)
            return spares.spare_settings(made, image, limits, ttl_s)

        with signals_deferred():
            container, _ = self._create(settings, PYTHON)
        try:
            container.start()
        except docker.errors.DockerException:
            remove(container)
            raise

    def leftovers(self) -> list[Any]:
        """The judge's containers that are not spares: those of runs, and claimed spares."""
        # sparse: no per-container lookup, which fails for one removed meanwhile
        found = self.client.containers.list(all=True, sparse=True, filters={"label": LABEL})
        claimed = self.client.containers.list(
            all=True, sparse=True, filters={"name": f"^/{spares.claimed_prefix(None)}"}
        )
        return list({c.id: c for c in [*found, *claimed]}.values())

    def spares(self) -> list[Any]:
        return list(
            self.client.containers.list(sparse=True, filters={"label": spares.LABEL, "status": "running"})
        )

    def prune(self, run_id: str | None = None) -> int:
        """Remove the containers of one run; with no run given, every container the judge
        made whose run has ended (those of judges still running are theirs to remove),
        and the spare sandboxes."""
        if run_id is not None:
            label = {"label": f"{LABEL}={run_id}"}
            claimed = {"name": f"^/{spares.claimed_prefix(run_id)}"}
            found = [
                c
                for f in (label, claimed)
                for c in self.client.containers.list(all=True, sparse=True, filters=f)
            ]
        else:
            found = [c for c in self.leftovers() if not owners.alive(owner(c))]
            found += self.client.containers.list(
                all=True, sparse=True, filters={"name": f"^/{spares.PREFIX}"}
            )
        removed = sum(1 for container in {c.id: c for c in found}.values() if remove(container))
        if run_id is None:
            self.prune_directories()
        return removed

    def prune_directories(self) -> int:
        """The direct channel's directories that no container on the engine mounts."""
        mounted = self.client.containers.list(all=True, sparse=True, filters={"label": channel.LABEL})
        return channel.prune({str((c.attrs.get("Labels") or {}).get(channel.LABEL)) for c in mounted})

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

    def __init__(self, engine: DockerEngine, run_id: str | None = None, language: Language = PYTHON) -> None:
        self.engine = engine
        self.language = language
        self.image = language.image
        self.run_id = run_id or new_run_id()
        # while this backend lives, `judge sandbox prune` elsewhere leaves its containers be
        self.lease = owners.hold(self.run_id)

    def start(self, limits: Limits) -> HarnessClient:
        return self.engine.start(limits, self.run_id, self.language)

    def for_language(self, language: Language) -> Backend:
        """A backend for solutions in `language`, under this one's run id."""
        return self if language is self.language else DockerBackend(self.engine, self.run_id, language)

    def start_reference(self, limits: Limits) -> HarnessClient:
        """A sandbox for the problem's reference, which is Python whatever the solution is
        (a Python solution's backend starts it as its own, a spare claimed where one waits)."""
        if self.language is PYTHON:
            return self.start(limits)
        return self.engine.start(limits, self.run_id)

    def replenish(self) -> None:
        """Nothing to leave for the next run: this backend starts its sandboxes as needed."""

    def close(self) -> None:
        """Nothing to close: every run closes the sandboxes it started."""


class SpareBackend(DockerBackend):
    """Claims a spare sandbox where one waits (spares.py), else starts one as DockerBackend
    does; `replenish` leaves spares for the next run."""

    name = "docker (spares)"

    def __init__(self, engine: DockerEngine, run_id: str | None = None) -> None:
        super().__init__(engine, run_id)  # Python's: its spares wait with Python's harness
        self.used: set[Limits] = set()

    def start(self, limits: Limits) -> HarnessClient:
        self.used.add(limits)
        client = spares.claim(self.engine, limits, self.run_id, self.image) if spares.wanted() else None
        return client if client is not None else super().start(limits)

    def replenish(self) -> None:
        for limits in self.used:
            spares.replenish(self.image, limits)


def _refused_mount(error: BaseException) -> bool:
    """Whether the engine turned a container down for its mount (Docker Desktop: "Mounts
    denied", a path it does not share), not for anything else."""
    if not isinstance(error, docker.errors.APIError) or isinstance(error, docker.errors.ImageNotFound):
        return False
    text = str(error).lower()
    return "mount" in text or "bind" in text


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
