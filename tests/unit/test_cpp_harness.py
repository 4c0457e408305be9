"""The C++ harness's seam: its boot frame, its command, and the sandbox settings it asks for."""

from __future__ import annotations

import json
from pathlib import Path

from judge.languages import LANGUAGES, PYTHON
from judge.languages.cpp import harness
from judge.languages.cpp.flags import FLAGS, HEADER, PCH_HOOK
from judge.sandbox.base import Limits
from judge.sandbox.docker import container_settings
from judge.sandbox.image import mmdebstrap_command

CPP = LANGUAGES["cpp"]


def test_cpp_is_judged_by_its_endings():
    assert CPP.judged and CPP.native_speed
    assert CPP.extensions == (".cpp", ".cc", ".cxx")


def test_the_boot_frame_carries_boot_pl_the_harness_and_the_flags():
    data = harness.boot_frame()
    body = json.loads(data[4:])
    assert int.from_bytes(data[:4], "big") == len(data) - 4
    assert "sub judge_boot" in body["boot"]
    assert set(body["files"]) == {"harness.hpp", "prelude.hpp"}
    assert body["flags"] == list(FLAGS) and "-O2" in FLAGS


def test_the_command_is_perl_reading_one_frame():
    command = harness.command()
    assert command[:2] == ["perl", "-e"] and "judge_boot" in command[2]


def test_only_cpp_gets_an_executable_scratch_and_tmp_stays_noexec():
    cpp = container_settings(CPP.image, Limits(), "run", CPP)
    python = container_settings(PYTHON.image, Limits(), "run")
    assert cpp["tmpfs"]["/tmp"] == python["tmpfs"]["/tmp"] and "noexec" in cpp["tmpfs"]["/tmp"]
    assert "exec" in cpp["tmpfs"]["/judge"].split(",") and "nosuid" in cpp["tmpfs"]["/judge"]
    assert set(python["tmpfs"]) == {"/tmp"}
    same = {k for k in python if k not in ("image", "command", "tmpfs")}
    assert {k: cpp[k] for k in same} == {k: python[k] for k in same}  # every other setting


def test_the_image_precompiles_bits_stdcpp_with_the_solutions_flags():
    command = mmdebstrap_command(Path("/tmp/rootfs.tar"), CPP)
    assert f"--customize-hook={PCH_HOOK}" in command
    assert all(flag in PCH_HOOK for flag in FLAGS) and f"{HEADER}.gch" in PCH_HOOK
    assert not any(arg.startswith("--customize-hook") for arg in mmdebstrap_command(Path("/x"), PYTHON))
