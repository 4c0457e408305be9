"""How the C++ harness gets into a container: `perl -e BOOT` and one frame.

The image has g++ and perl, no Python. BOOT reads one length-prefixed frame holding
boot.pl, the harness's C++ sources and the compiler's flags, and runs boot.pl, which
reads the load frame, compiles the solution with the harness in the executable scratch
directory (Language.exec_scratch) and runs the program, which answers the load and
then speaks the protocol itself (harness.hpp).
"""

from __future__ import annotations

import json
from importlib import resources

from judge.harness.boot import frame
from judge.languages.cpp.flags import FLAGS

FILES = ("harness.hpp", "prelude.hpp")

BOOT = """\
use strict; use JSON::PP;
binmode STDIN; binmode STDOUT;
sub judge_read {
    my ($n) = @_; my $b = '';
    while (length($b) < $n) {
        my $k = sysread(STDIN, $b, $n - length($b), length($b));
        exit 0 unless $k;
    }
    return $b;
}
my $frame = JSON::PP->new->utf8->decode(judge_read(unpack('N', judge_read(4))));
eval $frame->{boot}; die $@ if $@;
judge_boot($frame, \\&judge_read);
"""


def command(wait_s: int = 60, memory_mb: int = 1024) -> list[str]:
    """The sandbox's command (wait_s, memory_mb: unused; C++ has no spares, no heap limit)."""
    return ["perl", "-e", BOOT]


def _text(name: str) -> str:
    return (resources.files("judge.languages.cpp") / name).read_text("utf-8")


def boot_frame() -> bytes:
    body = {"boot": _text("boot.pl"), "files": {name: _text(name) for name in FILES}, "flags": list(FLAGS)}
    return frame(json.dumps(body).encode("utf-8"))
