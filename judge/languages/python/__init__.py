"""Python: the language the judge runs today (its harness is judge/harness/)."""

from judge.languages.base import Language

LANGUAGE = Language(
    name="python",
    title="Python",
    extensions=(".py",),
    image="judge-sandbox:python3-v1",
    packages=("python3", "python3-sortedcontainers"),  # SortedList, as LeetCode has it
    starter_module="judge.starter",
    harness_module="judge.harness.boot",
    direct_channel=True,
)
