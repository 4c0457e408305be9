"""Java: declared, with its sandbox image; its harness is not written yet (issue 14)."""

from judge.languages.base import Language

LANGUAGE = Language(
    name="java",
    title="Java",
    extensions=(".java",),
    image="judge-sandbox:java17-v1",
    packages=("openjdk-17-jdk-headless",),
)
