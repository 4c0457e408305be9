"""How the JavaScript harness gets into a container: `node -e BOOT` and one frame.

BOOT reads one length-prefixed frame from fd 0 holding harness.js and runs it with
`require`. (No spare sandboxes for JavaScript yet: node has no alarm that fires while
a read blocks, so a spare would wait for its frame for ever.)
"""

from __future__ import annotations

import json
from importlib import resources

from judge.harness.boot import frame

BOOT = """\
const fs = require("fs");
function readExact(n) {
  const buf = Buffer.alloc(n);
  let got = 0;
  while (got < n) {
    let k;
    try { k = fs.readSync(0, buf, got, n - got, null); }
    catch (e) { if (e.code === "EAGAIN") continue; throw e; }
    if (k === 0) process.reallyExit(0);
    got += k;
  }
  return buf;
}
const frame = JSON.parse(readExact(readExact(4).readUInt32BE(0)).toString("utf8"));
new Function("require", frame.source)(require);
"""
BOOT_WAIT_S = 60
# node assumes about 1 MB of stack (some 11,000 frames); 30 MB holds some 300,000 (a
# recursive walk down a 100,000-node path needs a third of them); the sandbox allows 512 MB
STACK_KB = 30_000
HEAP_HEADROOM_MB = 128  # node's own memory beside the heap it manages


def command(wait_s: int = BOOT_WAIT_S, memory_mb: int = 1024) -> list[str]:
    """The sandbox's command (wait_s: unused until JavaScript has spares).

    --single-threaded: V8 compiles and collects garbage on the thread that runs the
    solution, so the CPU the sandbox uses is the call's (with background threads the
    host's CPU accounting saw several times the call's own clock). The heap limit sits
    below the sandbox's memory, so running out of it is V8's "heap out of memory"
    (read as MLE) rather than a kill in the middle of a collection."""
    heap_mb = max(64, memory_mb - HEAP_HEADROOM_MB)
    return [
        "node",
        "--single-threaded",
        f"--stack-size={STACK_KB}",
        f"--max-old-space-size={heap_mb}",
        "-e",
        BOOT,
    ]


def boot_frame() -> bytes:
    source = (resources.files("judge.languages.javascript") / "harness.js").read_text("utf-8")
    return frame(json.dumps({"source": source}).encode("utf-8"))
