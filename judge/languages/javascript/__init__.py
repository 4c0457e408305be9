"""JavaScript: declared, with its sandbox image; its harness is not written yet (issue 14)."""

from judge.languages.base import Language

LANGUAGE = Language(
    name="javascript",
    title="JavaScript",
    extensions=(".js", ".mjs"),
    image="judge-sandbox:node18-v1",
    packages=("nodejs",),
)
