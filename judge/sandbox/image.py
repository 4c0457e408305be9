"""Building the sandbox image: a pull where a registry answers, else a local build.

With a registry: pull `debian:bookworm-slim` and build sandboxes/python/Dockerfile.
Without one (this project's CI, air-gapped machines): mmdebstrap makes a minimal
Debian root with python3 and python3-sortedcontainers from Debian's packages, and
Docker imports it. Either way the image gets the same tag, IMAGE.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from judge.errors import SandboxUnavailable
from judge.sandbox.docker import IMAGE, DockerEngine

BASE = ("debian", "bookworm-slim")
PACKAGES = ["python3", "python3-sortedcontainers"]
SUITE = "bookworm"


def dockerfile_dir() -> Path:
    return Path(str(resources.files("judge_sandboxes") / "python"))


def mmdebstrap_command(output: Path) -> list[str]:
    return ["mmdebstrap", "--variant=essential", f"--include={','.join(PACKAGES)}", SUITE, str(output)]


def build_image(
    engine: DockerEngine, say: Callable[[str], None], force: bool = False, try_pull: bool = True
) -> str:
    """Make IMAGE exist; returns how it was made."""
    if engine.has_image(IMAGE) and not force:
        return f"{IMAGE} is already there (use --force to rebuild)"
    if try_pull:
        say(f"pulling {BASE[0]}:{BASE[1]} ...")
        if engine.pull(*BASE):
            say(f"building {IMAGE} from {dockerfile_dir() / 'Dockerfile'} ...")
            engine.build(str(dockerfile_dir()), IMAGE)
            return f"built {IMAGE} from {BASE[0]}:{BASE[1]}"
        say("no registry answered; building from Debian packages with mmdebstrap instead")
    if shutil.which("mmdebstrap") is None:
        raise SandboxUnavailable(
            "No registry answered and mmdebstrap is not installed, so the sandbox image cannot be built. "
            "Install it (Debian/Ubuntu: `sudo apt-get install mmdebstrap`) "
            "and run `judge sandbox build` again."
        )
    with tempfile.TemporaryDirectory(prefix="judge-image-") as tmp:
        tarball = Path(tmp) / "rootfs.tar"
        say(f"mmdebstrap {SUITE} with {', '.join(PACKAGES)} ...")
        done = subprocess.run(mmdebstrap_command(tarball), capture_output=True, text=True)
        if done.returncode != 0:
            tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
            raise SandboxUnavailable(f"mmdebstrap failed ({tail}); it needs root or user namespaces")
        say(f"importing into Docker as {IMAGE} ...")
        engine.import_rootfs(str(tarball), IMAGE)
    return f"built {IMAGE} from Debian packages (mmdebstrap)"
