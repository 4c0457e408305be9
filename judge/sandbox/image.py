"""Building a language's sandbox image: a pull where a registry answers, else a local build.

With a registry: pull `debian:bookworm-slim` and build sandboxes/<language>/Dockerfile.
Without one (this project's CI, air-gapped machines): mmdebstrap makes a minimal
Debian root of the language's suite with its packages (judge/languages/<language>/), and Docker
imports it. Either way the image gets the language's tag.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable
from importlib import resources
from pathlib import Path

from judge.errors import SandboxUnavailable
from judge.languages import PYTHON, Language
from judge.sandbox.docker import DockerEngine

BASE = "debian"  # the registry image's repository; its tag is "<suite>-slim"


def dockerfile_dir(language: Language = PYTHON) -> Path:
    return Path(str(resources.files("judge_sandboxes") / language.sandbox_dir))


def mmdebstrap_command(output: Path, language: Language = PYTHON) -> list[str]:
    packages = ",".join(language.packages)
    hooks = [f"--customize-hook={hook}" for hook in language.image_hooks]
    return ["mmdebstrap", "--variant=essential", f"--include={packages}", *hooks, language.suite, str(output)]


def build_image(
    engine: DockerEngine,
    say: Callable[[str], None],
    force: bool = False,
    try_pull: bool = True,
    language: Language = PYTHON,
) -> str:
    """Make the language's image exist; returns how it was made."""
    image = language.image
    if engine.has_image(image) and not force:
        return f"{image} is already there (use --force to rebuild)"
    if try_pull:
        base = f"{language.suite}-slim"
        say(f"pulling {BASE}:{base} ...")
        if engine.pull(BASE, base):
            say(f"building {image} from {dockerfile_dir(language) / 'Dockerfile'} ...")
            engine.build(str(dockerfile_dir(language)), image)
            return f"built {image} from {BASE}:{base}"
        say("no registry answered; building from Debian packages with mmdebstrap instead")
    if shutil.which("mmdebstrap") is None:
        raise SandboxUnavailable(
            "No registry answered and mmdebstrap is not installed, so the sandbox image cannot be built. "
            "Install it (Debian/Ubuntu: `sudo apt-get install mmdebstrap`) "
            "and run `judge sandbox build` again."
        )
    with tempfile.TemporaryDirectory(prefix="judge-image-") as tmp:
        tarball = Path(tmp) / "rootfs.tar"
        say(f"mmdebstrap {language.suite} with {', '.join(language.packages)} ...")
        done = subprocess.run(mmdebstrap_command(tarball, language), capture_output=True, text=True)
        if done.returncode != 0:
            tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
            raise SandboxUnavailable(f"mmdebstrap failed ({tail}); it needs root or user namespaces")
        say(f"importing into Docker as {image} ...")
        engine.import_rootfs(str(tarball), image)
    return f"built {image} from Debian packages (mmdebstrap)"
