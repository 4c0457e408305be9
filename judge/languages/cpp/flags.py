"""How solutions are compiled: one set of flags, shared by the image's precompiled header.

A precompiled header is used only by a compilation with the flags it was made with, so
the image's `bits/stdc++.h.gch` (image hook) and every solution's build use these.
"""

STD = "c++23"  # LeetCode compiles C++23 (clang); g++ 14 knows most of it
FLAGS = (
    f"-std={STD}",
    "-O2",
    # bounds checks in the standard containers (vector::operator[] past the end aborts),
    # where LeetCode's AddressSanitizer reports a runtime error
    "-D_GLIBCXX_ASSERTIONS",
    # signed overflow traps (SIGILL), where LeetCode's UndefinedBehaviorSanitizer reports it
    "-fsanitize=signed-integer-overflow",
    "-fsanitize-undefined-trap-on-error",
)
HEADER = "/usr/include/x86_64-linux-gnu/c++/14/bits/stdc++.h"
PCH_HOOK = f'chroot "$1" g++ {" ".join(FLAGS)} -x c++-header -o {HEADER}.gch {HEADER}'
