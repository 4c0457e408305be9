"""How the Java harness boots: the shell's line, the JVM's options, the first frame."""

from __future__ import annotations

from judge import registry
from judge.languages import by_name
from judge.languages.java import harness


def test_java_is_judged_with_its_harness_and_starter():
    java = by_name("java")
    assert java.judged and java.native_speed
    assert java.harness() is harness
    assert "class Solution" in java.starter().starter_source(registry.get("two_sum"))


def test_the_boot_frame_is_the_source_s_length_on_a_line_then_the_source():
    frame = harness.boot_frame()
    head, _, body = frame.partition(b"\n")
    assert int(head) == len(body)
    assert body.decode("utf-8") == harness.source()
    assert b"public class Harness" in body


def test_the_command_writes_the_source_to_tmp_and_runs_the_source_launcher():
    command = harness.command(memory_mb=1024)
    assert command[:2] == ["sh", "-c"]
    line = command[2]
    assert 'head -c "$n" > /tmp/Harness.java' in line
    assert "exec java " in line and line.endswith("/tmp/Harness.java /tmp/Harness.java 2>/dev/null")


def test_the_heap_and_the_call_stack_fit_in_the_sandbox_s_memory():
    for memory_mb in (256, 512, 1024, 2048):
        flags = harness.flags(memory_mb)
        heap = int(next(f for f in flags if f.startswith("-Xmx"))[4:-1])
        stack = int(next(f for f in flags if f.startswith("-Djudge.stack_mb="))[len("-Djudge.stack_mb=") :])
        assert heap + stack + harness.NATIVE_MB <= memory_mb, memory_mb
        assert f"-Xms{heap}m" in flags
    assert "-Djudge.stack_mb=256" in harness.flags(1024)


def test_the_jvm_keeps_its_work_beside_the_call_small():
    flags = harness.flags(1024)
    assert "-XX:+UseSerialGC" in flags and "-XX:TieredStopAtLevel=1" in flags
    assert "-XX:-UsePerfData" in flags  # nothing written to /tmp
    assert "-Djava.security.manager=allow" in flags  # System.exit throws
