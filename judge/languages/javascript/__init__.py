"""JavaScript (node), LeetCode's way: `var f = function (...) {...}` or a class."""

from judge.languages.base import Language

LANGUAGE = Language(
    name="javascript",
    title="JavaScript",
    extensions=(".js", ".mjs"),
    image="judge-sandbox:node18-v1",
    packages=("nodejs",),
    starter_module="judge.languages.javascript.starter",
    harness_module="judge.languages.javascript.harness",
    native_speed=True,  # V8 compiles hot code to machine code
)
