"""C++: declared, with its sandbox image; its harness is not written yet (issue 14)."""

from judge.languages.base import Language

LANGUAGE = Language(
    name="cpp",
    title="C++",
    extensions=(".cpp", ".cc", ".cxx"),
    image="judge-sandbox:cpp-gcc12-v1",
    packages=("g++",),  # with libstdc++'s headers, bits/stdc++.h among them
)
