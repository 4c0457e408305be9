"""C++ (g++ 14), LeetCode's way: `class Solution { public: ... };` with bits/stdc++.h."""

from judge.languages.base import Language
from judge.languages.cpp.flags import PCH_HOOK

LANGUAGE = Language(
    name="cpp",
    title="C++",
    extensions=(".cpp", ".cc", ".cxx"),
    image="judge-sandbox:cpp-gcc14-v1",
    # Debian trixie's g++ 14: C++23 as LeetCode's clang compiles it (deducing `this`, ...)
    suite="trixie",
    # g++ with libstdc++'s headers (bits/stdc++.h among them); perl boots the harness
    packages=("g++", "perl"),
    starter_module="judge.languages.cpp.starter",
    harness_module="judge.languages.cpp.harness",
    native_speed=True,
    # the program is compiled in the sandbox and must run there: /tmp is noexec
    exec_scratch="/judge",
    exec_scratch_mb=96,
    # bits/stdc++.h precompiled with the solutions' flags: 0.7 s to compile, not 4 s
    image_hooks=(PCH_HOOK,),
    # g++ takes some 3 s of CPU on a solution with the harness: loading gets more than 5 s
    load_limit_s=20.0,
)
