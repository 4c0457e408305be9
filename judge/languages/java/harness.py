"""How the Java harness gets into a container: a shell line, one frame, and java.

The container's command is `sh -c BOOT`: BOOT reads the first frame, which is the
length of Harness.java in decimal on a line of its own and then its source, writes it
to /tmp (a noexec tmpfs: a source file needs no exec), and replaces itself with java's
source-file launcher, which compiles the harness in memory and runs it; the harness
deletes the file, then reads the protocol's frames from the same stdin. (No spare
sandboxes for Java yet: the shell's read waits for its frame for ever.)
"""

from __future__ import annotations

from importlib import resources

BOOT_FILE = "/tmp/Harness.java"
# `read` takes one byte at a time from a pipe and `head -c` reads no further than its
# count, so the protocol's frames after the source stay in stdin for the harness
# java's stderr is dropped: System.setSecurityManager writes a warning there that no
# System.setErr reaches (a crash's report is suppressed, see flags; the harness answers
# every error of the solution in frames)
BOOT = 'IFS= read -r n && head -c "$n" > {file} && exec java {flags} {file} {file} 2>/dev/null'
MAX_STACK_MB = 256  # the call thread's stack: LeetCode's Java recurses 10^5 deep and more
NATIVE_MB = 128  # the JVM beside its heap: the compiler's classes, code cache, CDS archive
MIN_HEAP_MB = 48
YOUNG_MB = 64


def flags(memory_mb: int) -> list[str]:
    """The JVM's options.

    The serial collector and the JIT's threads are the JVM's only work beside the call;
    the harness reports the process's CPU time over the call (theirs included), so the
    CPU the host sees the sandbox use is the call's. The heap sits below the sandbox's
    memory, so running out of it is an OutOfMemoryError (MLE) rather than a kill."""
    stack_mb = min(MAX_STACK_MB, memory_mb // 4)
    heap_mb = max(MIN_HEAP_MB, memory_mb - stack_mb - NATIVE_MB)
    return [
        "-XX:+UseSerialGC",
        f"-Xmx{heap_mb}m",
        f"-Xms{heap_mb}m",  # committed, not touched: no collections that only grow the heap
        # a young generation this small keeps the memory a run touches near what it keeps
        # (its default, a third of the heap, is touched whole before the first collection)
        f"-Xmn{max(16, min(YOUNG_MB, heap_mb // 4))}m",
        "-XX:-UsePerfData",  # no hsperfdata file in /tmp
        "-XX:+SuppressFatalErrorMessage",  # a native crash is a signal, not a report on stdout
        "-XX:TieredStopAtLevel=1",
        # the compiler's threads all start with the JVM, before the harness notes the
        # threads that are its own: one started later would look like the solution's
        "-XX:-UseDynamicNumberOfCompilerThreads",
        "-Xshare:auto",
        "-Djava.security.manager=allow",  # the harness's guard: System.exit throws
        "-Dfile.encoding=UTF-8",
        f"-Djudge.stack_mb={stack_mb}",
        "-Dsun.stdout.encoding=UTF-8",
    ]


def command(wait_s: int = 60, memory_mb: int = 1024) -> list[str]:
    """The sandbox's command (wait_s: unused until Java has spares)."""
    return ["sh", "-c", BOOT.format(file=BOOT_FILE, flags=" ".join(flags(memory_mb)))]


def source() -> str:
    return (resources.files("judge.languages.java") / "Harness.java").read_text("utf-8")


def boot_frame() -> bytes:
    body = source().encode("utf-8")
    return f"{len(body)}\n".encode("ascii") + body
