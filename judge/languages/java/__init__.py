"""Java, LeetCode's way: `class Solution` with the method, compiled in the sandbox."""

from judge.languages.base import Language

LANGUAGE = Language(
    name="java",
    title="Java",
    extensions=(".java",),
    image="judge-sandbox:java21-v1",
    # LeetCode compiles Java 21 (List.getLast() and the like); Debian's JDK 21 is trixie's
    packages=("openjdk-21-jdk-headless",),
    suite="trixie",
    starter_module="judge.languages.java.starter",
    harness_module="judge.languages.java.harness",
    native_speed=True,  # the JIT compiles hot code to machine code
)
