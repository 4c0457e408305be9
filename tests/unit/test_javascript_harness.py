"""harness.js driven frame by frame in the host's node, with a /proc of our making.

The sandbox's node reads /proc to find work a solution left running; here a fake `fs`
(given to the harness through its `require`) shows the threads each test needs, so the
harness's decisions can be checked without a container or a busy machine.
"""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
from importlib import resources
from typing import Any

import pytest

NODE = shutil.which("node")
pytestmark = pytest.mark.skipif(NODE is None, reason="node is not installed on this machine")

# Runs harness.js with a `require` whose fs shows one more thread of the process, in
# state R, whose CPU time either stays put (it waits for a CPU) or grows at every look.
DRIVER = r"""
const realFs = require("fs");
const source = realFs.readFileSync(process.argv[1], "utf8");
const growing = process.argv[2] === "growing";
const pid = String(process.pid);
let runtime = 1000;
const fakeFs = Object.assign({}, realFs, {
  readdirSync(path, ...rest) {
    if (path === "/proc/self/task") return process.argv[2] === "none" ? [pid] : [pid, "99999"];
    if (path === "/proc") return ["1", pid, "self"];
    return realFs.readdirSync(path, ...rest);
  },
  readFileSync(path, ...rest) {
    if (path === "/proc/self/task/99999/stat") {
      if (growing) runtime += 1000000;
      const ticks = Math.floor(runtime / 10000000);
      return `99999 (node) R 1 1 1 0 -1 4194368 0 0 0 0 ${ticks} 0 0 0 20 0 7 0 1 1 1`;
    }
    if (path === "/proc/self/task/99999/schedstat") {
      if (growing) runtime += 1000000;
      return `${runtime} 5000000 3\n`;
    }
    if (path === `/proc/self/task/${pid}/stat`) {
      return `${pid} (node) S 1 1 1 0 -1 0 0 0 0 0 0 0 0 0 20 0 7 0 1 1 1`;
    }
    return realFs.readFileSync(path, ...rest);
  },
});
new Function("require", source)((name) => (name === "fs" ? fakeFs : require(name)));
"""


def _frame(obj: dict[str, Any]) -> bytes:
    body = json.dumps(obj).encode()
    return struct.pack(">I", len(body)) + body


def _replies(data: bytes) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    while data:
        (n,) = struct.unpack(">I", data[:4])
        out.append(json.loads(data[4 : 4 + n]))
        data = data[4 + n :]
    return out


TWICE = {"kind": "function", "function": "twice", "params": [{"name": "x", "type": ""}], "returns": ""}


def _run(frames: list[dict[str, Any]], thread: str = "none") -> list[dict[str, Any]]:
    harness = resources.files("judge.languages.javascript") / "harness.js"
    done = subprocess.run(
        [NODE or "node", "--single-threaded", "-e", DRIVER, str(harness), thread],
        input=b"".join(_frame(f) for f in [*frames, {"op": "bye"}]),
        capture_output=True,
        timeout=30,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    return _replies(done.stdout)


def _drive(thread: str) -> list[dict[str, Any]]:
    return _run(
        [
            {
                "op": "load",
                "source": "var twice = function(x) { return 2 * x; };",
                "spec": TWICE,
                "alone": True,
            },
            {"op": "call", "id": 1, "args": {"x": 21}},
        ],
        thread,
    )


def test_a_thread_that_waits_for_a_cpu_it_never_gets_is_not_work_left_running() -> None:
    # On a busy machine (or a container out of its CPU quota) one of node's own idle
    # threads, just woken, can sit runnable for the whole wait without running: it is
    # not the solution's work, and a pure function must not be a runtime error for it.
    loaded, result, bye = _drive("waiting")
    assert loaded["op"] == "loaded"
    assert result["op"] == "result" and result["value"] == 42
    assert bye["op"] == "bye"


def test_a_thread_that_keeps_running_after_the_call_is_work_left_running() -> None:
    loaded, *_ = _drive("growing")
    assert loaded["op"] == "left_running"
    assert "it left 1 thread running after loading" in loaded["message"]


def test_leetcode_s_queue_is_a_global_with_its_methods() -> None:
    # @datastructures-js/queue (version 4), as LeetCode's JavaScript offers it
    source = """
var twice = function(x) {
    const q = new Queue([x]);
    q.enqueue(x + 1).push(x + 2);
    const seen = [q.size(), q.front(), q.back(), q.isEmpty()];
    const out = [];
    while (!q.isEmpty()) out.push(q.dequeue());
    seen.push(out, q.dequeue(), q.front(), Queue.fromArray([7, 8]).pop(), q.toArray());
    return seen;
};"""
    loaded, result, _ = _run(
        [{"op": "load", "source": source, "spec": TWICE}, {"op": "call", "id": 1, "args": {"x": 1}}]
    )
    assert loaded["op"] == "loaded"
    assert result["value"] == [3, 1, 3, False, [1, 2, 3], None, None, 7, []]


def test_a_codec_decoded_again_in_a_fresh_copy_has_leetcode_s_globals_there_too() -> None:
    # the fresh copy that checks decode() keeps no state must offer what the first one
    # did: a codec that walks the tree with a Queue or a priority queue is common
    spec = {
        "kind": "roundtrip",
        "classes": ["Codec"],
        "encode": "serialize",
        "decode": "deserialize",
        "params": [{"name": "root", "type": "TreeNode", "passed": True}],
        "returns": "TreeNode",
    }
    source = """
var serialize = function(root) {
    const out = [];
    const q = new Queue([root]);
    while (!q.isEmpty()) {
        const node = q.dequeue();
        out.push(node ? node.val : "#");
        if (node) q.enqueue(node.left).enqueue(node.right);
    }
    return out.join(",");
};
var deserialize = function(data) {
    new MinPriorityQueue(); new MaxPriorityQueue(); new PriorityQueue((a, b) => a - b);
    const vals = data.split(",");
    if (vals[0] === "#") return null;
    const root = new TreeNode(Number(vals[0]));
    const q = new Queue([root]);
    for (let i = 1; i < vals.length; i += 2) {
        const node = q.dequeue();
        if (vals[i] !== "#") q.enqueue(node.left = new TreeNode(Number(vals[i])));
        if (vals[i + 1] !== "#") q.enqueue(node.right = new TreeNode(Number(vals[i + 1])));
    }
    return root;
};"""
    loaded, result, _ = _run(
        [
            {"op": "load", "source": source, "spec": spec},
            {"op": "call", "id": 1, "args": {"root": [1, 2, 3, None, 4]}},
        ]
    )
    assert loaded["op"] == "loaded"
    assert result["op"] == "result" and result["value"] == [1, 2, 3, None, 4]


def test_meetings_given_as_intervals_are_lists_with_start_and_end_too() -> None:
    # NeetCode's and LintCode's meeting rooms read `.start` and `.end`; LeetCode's reads
    # [start, end]: as in Python, each meeting is both (`each = "Interval"`)
    spec = {
        "kind": "function",
        "function": "canAttendMeetings",
        "params": [{"name": "intervals", "type": "Interval[]"}],
        "returns": "",
    }
    source = """
const canAttendMeetings = function (intervals) {
    intervals.sort((a, b) => a.start - b.start);
    const first = intervals[0];
    first.end = first.end;
    const [s, e] = first;
    const made = new Interval(s, e);
    const seen = intervals.map((m) => [m.start, m.end, m[0], m[1]]);
    return [seen, made.start, made.end, made.length, Array.isArray(made)];
};"""
    loaded, result, _ = _run(
        [
            {"op": "load", "source": source, "spec": spec},
            {"op": "call", "id": 1, "args": {"intervals": [[5, 8], [1, 3]]}},
        ]
    )
    assert loaded["op"] == "loaded"
    assert result["op"] == "result", result
    assert result["value"] == [[[1, 3, 1, 3], [5, 8, 5, 8]], 1, 3, 2, True]


def test_a_version_5_priority_queue_is_told_how_version_6_writes_it() -> None:
    source = "var twice = function(x) { new MinPriorityQueue({ priority: (n) => n }).enqueue(x); return x; };"
    loaded, result, _ = _run(
        [{"op": "load", "source": source, "spec": TWICE}, {"op": "call", "id": 1, "args": {"x": 1}}]
    )
    assert loaded["op"] == "loaded"
    assert (
        result["op"] == "error"
        and "version 6" in result["message"]
        and "new MinPriorityQueue(fn)" in result["message"]
    )
