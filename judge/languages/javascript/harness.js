// The JavaScript harness: the only code of ours that runs inside a JavaScript sandbox.
//
// It speaks the protocol of judge/harness/runner.py (frames of a 4-byte big-endian
// length, then UTF-8 JSON; ops load, call, batch, stage, bye) with node's standard
// library only. BOOT (harness.py) reads the first frame, which holds this source, and
// runs it with `require` and the frame reader it used.
//
// A solution is written as on LeetCode: `var twoSum = function (nums, target) {...}`,
// a function declaration, or a class for the design problems, with LeetCode's
// ListNode and TreeNode as globals. Its console output is captured per call; frames
// keep to fds 0 and 1, written with functions bound before the solution loads.
"use strict";

const fs = require("fs");
const vm = require("vm");

const OUTPUT_LIMIT = 64 * 1024;
const MESSAGE_LIMIT = 2000;
const TRACE_FRAMES = 12;
const MAX_NODES = 2000000;
const MARKER = "$judge";
const REPEAT_MAX = 128;
const ORIGINALS = "$originals";

const readSync = fs.readSync;
const writeSync = fs.writeSync;
const parse = JSON.parse;
const stringify = JSON.stringify;
const hrtime = process.hrtime.bigint;
const cpuUsage = process.cpuUsage;
const resourceUsage = process.resourceUsage;
const FILENAME = "solution.js";
const reallyExit = process.reallyExit.bind(process);
const readdirSync = fs.readdirSync;
const readFileSync = fs.readFileSync;
const sleepBuffer = new Int32Array(new SharedArrayBuffer(4));
const PID = String(process.pid);
const LINGER_POLLS = 10; // a finishing thread or process gets 10 x 10 ms to end

// A solution ends the way LeetCode's would see it: an exception, not the process.
process.exit = process.reallyExit = (code) => {
  throw new Error(`process.exit(${code === undefined ? "" : code}) was called`);
};

// --- frames -------------------------------------------------------------------

function readExact(n) {
  const buf = Buffer.alloc(n);
  let got = 0;
  while (got < n) {
    let k;
    try {
      k = readSync(0, buf, got, n - got, null);
    } catch (e) {
      if (e.code === "EAGAIN") continue;
      throw e;
    }
    if (k === 0) return null;
    got += k;
  }
  return buf;
}

function receive() {
  const head = readExact(4);
  if (head === null) return null;
  const body = readExact(head.readUInt32BE(0));
  return body === null ? null : parse(body.toString("utf8"));
}

function sendText(text) {
  const body = Buffer.from(text, "utf8");
  const head = Buffer.alloc(4);
  head.writeUInt32BE(body.length, 0);
  const all = Buffer.concat([head, body]);
  let sent = 0;
  while (sent < all.length) {
    try {
      sent += writeSync(1, all, sent, all.length - sent);
    } catch (e) {
      if (e.code !== "EAGAIN") throw e;
    }
  }
}

function send(obj) {
  sendText(stringify(obj));
}

// --- output of the solution -------------------------------------------------------

let captured = "";
let capturedBytes = 0;

function capture(text) {
  const s = String(text);
  capturedBytes += Buffer.byteLength(s, "utf8");
  if (captured.length < OUTPUT_LIMIT) captured += s.slice(0, OUTPUT_LIMIT - captured.length);
}

function takeOutput() {
  const out = [captured, capturedBytes];
  captured = "";
  capturedBytes = 0;
  return out;
}

const util = require("util");
for (const name of ["log", "info", "warn", "error", "debug", "trace"]) {
  console[name] = (...args) => capture(util.format(...args) + "\n");
}
process.stdout.write = (chunk) => (capture(chunk), true);
process.stderr.write = (chunk) => (capture(chunk), true);

// --- LeetCode's node classes --------------------------------------------------------

function ListNode(val, next) {
  this.val = val === undefined ? 0 : val;
  this.next = next === undefined ? null : next;
}

function TreeNode(val, left, right) {
  this.val = val === undefined ? 0 : val;
  this.left = left === undefined ? null : left;
  this.right = right === undefined ? null : right;
}

function GraphNode(val, neighbors) {
  this.val = val === undefined ? 0 : val;
  this.neighbors = neighbors === undefined ? [] : neighbors;
}

function RandomNode(val, next, random) {
  this.val = val === undefined ? 0 : val;
  this.next = next === undefined ? null : next;
  this.random = random === undefined ? null : random;
}

// A meeting as NeetCode's and LintCode's meeting rooms pass it (`.start`, `.end`) that is
// also the [start, end] array LeetCode's passes, as Python's codec.Interval: the problem's
// intervals (`each = "Interval"`) are arrays with Interval.prototype, whose start and end
// read and write [0] and [1]. `new Interval(s, e)` makes one; map, slice and the like make
// plain arrays.
class Interval extends Array {
  constructor(start, end) {
    super();
    this.push(start === undefined ? 0 : start, end === undefined ? 0 : end);
  }
  static get [Symbol.species]() {
    return Array;
  }
  get start() {
    return this[0];
  }
  set start(value) {
    this[0] = value;
  }
  get end() {
    return this[1];
  }
  set end(value) {
    this[1] = value;
  }
}

function buildIntervals(pairs) {
  return (pairs || []).map((pair) => Object.setPrototypeOf(Array.from(pair), Interval.prototype));
}

// What LeetCode's `_Node` is, per problem (the spec's `node`): clone graph's by default
const NODE_CLASSES = { graph: GraphNode, random_list: RandomNode };

globalThis.ListNode = ListNode;
globalThis.TreeNode = TreeNode;
globalThis.Interval = Interval;

// --- LeetCode's priority queues -----------------------------------------------------------
//
// LeetCode's JavaScript has @datastructures-js/priority-queue (version 6) as globals. These
// are our own binary heaps with the same names and methods: PriorityQueue(compare),
// MinPriorityQueue / MaxPriorityQueue(getValue?), enqueue/push, dequeue/pop, front, back,
// size, isEmpty, toArray (in priority order), contains, remove, clear, fromArray, and
// iteration (which empties the queue in priority order, as theirs does).

class PriorityQueue {
  constructor(compare, values) {
    if (compare && typeof compare === "object" && typeof compare.compare === "function") compare = compare.compare;
    if (typeof compare !== "function") throw new Error("PriorityQueue needs a compare function");
    this._compare = compare;
    this._heap = values ? values.slice() : [];
    for (let i = (this._heap.length >> 1) - 1; i >= 0; i--) this._down(i);
  }
  static fromArray(values, compare) {
    return new this(compare, values);
  }
  _up(i) {
    const h = this._heap;
    const value = h[i];
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this._compare(value, h[parent]) >= 0) break;
      h[i] = h[parent];
      i = parent;
    }
    h[i] = value;
  }
  _down(i) {
    const h = this._heap;
    const n = h.length;
    const value = h[i];
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && this._compare(h[child + 1], h[child]) < 0) child++;
      if (this._compare(h[child], value) >= 0) break;
      h[i] = h[child];
      i = child;
    }
    h[i] = value;
  }
  size() {
    return this._heap.length;
  }
  isEmpty() {
    return this._heap.length === 0;
  }
  front() {
    return this._heap.length ? this._heap[0] : null;
  }
  back() {
    let last = null;
    for (const value of this._heap) if (last === null || this._compare(value, last) > 0) last = value;
    return last;
  }
  enqueue(value) {
    this._heap.push(value);
    this._up(this._heap.length - 1);
    return this;
  }
  push(value) {
    return this.enqueue(value);
  }
  dequeue() {
    const h = this._heap;
    if (!h.length) return null;
    const top = h[0];
    const last = h.pop();
    if (h.length) {
      h[0] = last;
      this._down(0);
    }
    return top;
  }
  pop() {
    return this.dequeue();
  }
  toArray() {
    return this._heap.slice().sort(this._compare);
  }
  contains(matches) {
    return this._heap.some(matches);
  }
  remove(matches) {
    const removed = this._heap.filter(matches);
    if (removed.length) {
      this._heap = this._heap.filter((v) => !matches(v));
      for (let i = (this._heap.length >> 1) - 1; i >= 0; i--) this._down(i);
    }
    return removed;
  }
  clear() {
    this._heap = [];
  }
  *[Symbol.iterator]() {
    while (!this.isEmpty()) yield this.dequeue();
  }
}

function byValue(getValue, sign) {
  if (getValue && typeof getValue === "object" && typeof getValue.compare === "function") return getValue.compare;
  if (getValue && typeof getValue === "object" && typeof getValue.priority === "function") {
    // version 5's options object; LeetCode's version 6 takes the function itself
    throw new Error("new MinPriorityQueue({ priority: fn }) is version 5's form: LeetCode's priority queues are version 6, write new MinPriorityQueue(fn) (and dequeue() gives the element itself, not { element, priority })");
  }
  if (getValue !== undefined && getValue !== null && typeof getValue !== "function") {
    throw new Error("a priority queue of objects needs a function giving each one's value");
  }
  const value = getValue || ((x) => x);
  return (a, b) => {
    const x = value(a);
    const y = value(b);
    return x === y ? 0 : (x < y ? -1 : 1) * sign;
  };
}

class MinPriorityQueue extends PriorityQueue {
  constructor(getValue, values) {
    super(byValue(getValue, 1), values);
  }
  static fromArray(values, getValue) {
    return new this(getValue, values);
  }
}

class MaxPriorityQueue extends PriorityQueue {
  constructor(getValue, values) {
    super(byValue(getValue, -1), values);
  }
  static fromArray(values, getValue) {
    return new this(getValue, values);
  }
}

// LeetCode's JavaScript also has @datastructures-js/queue (version 4) as a global: Queue,
// a FIFO with enqueue/push, dequeue/pop (null when empty), front, back, size, isEmpty,
// toArray, clear, clone and Queue.fromArray. Ours keeps an offset into an array and drops
// the dequeued front once it is half the array, so each operation is O(1) amortised.
class Queue {
  constructor(elements) {
    this._elements = Array.isArray(elements) ? elements : [];
    this._offset = 0;
  }
  static fromArray(elements) {
    return new this(elements);
  }
  size() {
    return this._elements.length - this._offset;
  }
  isEmpty() {
    return this.size() === 0;
  }
  front() {
    return this.size() > 0 ? this._elements[this._offset] : null;
  }
  back() {
    return this.size() > 0 ? this._elements[this._elements.length - 1] : null;
  }
  enqueue(element) {
    this._elements.push(element);
    return this;
  }
  push(element) {
    return this.enqueue(element);
  }
  dequeue() {
    if (this.size() === 0) return null;
    const first = this._elements[this._offset];
    this._offset += 1;
    if (this._offset * 2 >= this._elements.length) {
      this._elements = this._elements.slice(this._offset);
      this._offset = 0;
    }
    return first;
  }
  pop() {
    return this.dequeue();
  }
  toArray() {
    return this._elements.slice(this._offset);
  }
  clear() {
    this._elements = [];
    this._offset = 0;
  }
  clone() {
    return new Queue(this._elements.slice(this._offset));
  }
}

globalThis.PriorityQueue = PriorityQueue;
globalThis.MinPriorityQueue = MinPriorityQueue;
globalThis.MaxPriorityQueue = MaxPriorityQueue;
globalThis.Queue = Queue;

function marker(kind, detail) {
  return { [MARKER]: kind, detail };
}

function buildList(values, cyclePos) {
  const nodes = values.map((v) => new ListNode(v));
  for (let i = 0; i + 1 < nodes.length; i++) nodes[i].next = nodes[i + 1];
  if (cyclePos >= 0 && cyclePos < nodes.length) nodes[nodes.length - 1].next = nodes[cyclePos];
  return nodes.length ? nodes[0] : null;
}

function buildTree(values) {
  if (!values.length || values[0] === null) return null;
  const root = new TreeNode(values[0]);
  const queue = [root];
  let i = 1;
  for (let q = 0; q < queue.length && i < values.length; q++) {
    const node = queue[q];
    for (const side of ["left", "right"]) {
      if (i < values.length && values[i] !== null) {
        node[side] = new TreeNode(values[i]);
        queue.push(node[side]);
      }
      i++;
    }
  }
  return root;
}

function buildGraph(adjacency) {
  if (!adjacency || !adjacency.length) return null;
  const nodes = adjacency.map((_, i) => new GraphNode(i + 1));
  adjacency.forEach((neighbours, i) => {
    nodes[i].neighbors = neighbours.map((j) => nodes[j - 1]);
  });
  return nodes[0];
}

function buildRandomList(pairs) {
  const nodes = pairs.map(([val]) => new RandomNode(val));
  pairs.forEach(([, target], i) => {
    nodes[i].next = i + 1 < nodes.length ? nodes[i + 1] : null;
    nodes[i].random = target === null ? null : nodes[target];
  });
  return [nodes.length ? nodes[0] : null, nodes];
}

function findTreeNode(root, val) {
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    if (!node) continue;
    if (node.val === val) return node;
    stack.push(node.left, node.right);
  }
  return null;
}

function graphNodes(start) {
  if (!start) return [];
  const seen = new Set([start]);
  const stack = [start];
  while (stack.length) {
    for (const n of stack.pop().neighbors || []) {
      if (!seen.has(n)) {
        if (seen.size >= MAX_NODES) throw new NotPlain("the graph has too many nodes");
        seen.add(n);
        stack.push(n);
      }
    }
  }
  return [...seen].sort((a, b) => a.val - b.val);
}

function dumpGraph(start, originals) {
  const nodes = graphNodes(start);
  if (nodes.some((n) => originals.has(n))) {
    return marker("shared", "a graph that shares nodes with the input: it is not a copy");
  }
  return nodes.map((node) => (node.neighbors || []).map((n) => plain(n.val)).sort((a, b) => a - b));
}

function dumpRandomList(head, originals) {
  const index = new Map();
  for (let node = head; node; node = node.next) {
    if (index.has(node)) return marker("cycle", "a list with a cycle (it reaches a node twice)");
    if (index.size >= MAX_NODES) return marker("cycle", `a list that goes on past ${MAX_NODES} nodes`);
    index.set(node, index.size);
  }
  const [nodes, pairs] = originals || [[], []];
  const inputs = new Set(nodes);
  for (const node of index.keys()) {
    if (inputs.has(node)) {
      return marker("shared", "a list that shares nodes with the input: a deep copy is made of new nodes");
    }
  }
  const out = [];
  for (const [node, i] of index) {
    const target = node.random === undefined ? null : node.random;
    if (target !== null && !index.has(target)) {
      const where = inputs.has(target) ? "points into the input list" : "points to a node that is not in the returned list";
      return marker(inputs.has(target) ? "shared" : "outside", `a copy whose node ${i}'s random pointer ${where}`);
    }
    out.push([plain(node.val), target === null ? null : index.get(target)]);
  }
  for (let i = 0; i < nodes.length; i++) {
    const [val, target] = pairs[i];
    const after = i + 1 < nodes.length ? nodes[i + 1] : null;
    if (nodes[i].next !== after || nodes[i].random !== (target === null ? null : nodes[target]) || nodes[i].val !== val) {
      return marker("changed", `a copy, but it changed the input list (its node ${i}, value ${val}): leave the input as given`);
    }
  }
  return out;
}

function dumpList(head) {
  const out = [];
  for (let node = head; node; node = node.next) {
    if (out.length >= MAX_NODES) return marker("cycle", `a list that goes on past ${MAX_NODES} nodes`);
    out.push(plain(node.val));
  }
  return out;
}

function dumpTree(root) {
  if (!root) return [];
  const out = [];
  const queue = [root];
  const seen = new Set();
  for (let q = 0; q < queue.length; q++) {
    const node = queue[q];
    if (node === null) {
      out.push(null);
      continue;
    }
    if (seen.has(node) || seen.size >= MAX_NODES) return marker("cycle", "a tree whose nodes link back");
    seen.add(node);
    out.push(plain(node.val));
    queue.push(node.left || null, node.right || null);
  }
  while (out.length && out[out.length - 1] === null) out.pop();
  return out;
}

// --- arguments and answers -----------------------------------------------------------

function prepare(spec, args) {
  const built = {};
  for (const param of spec.params) {
    const value = args[param.name];
    switch (param.type) {
      case "ListNode":
        built[param.name] = buildList(value || [], param.cycle ? args[param.cycle] : -1);
        break;
      case "ListNode[]":
        built[param.name] = (value || []).map((v) => buildList(v || [], -1));
        break;
      case "TreeNode":
        built[param.name] = buildTree(value || []);
        break;
      case "TreeNodeRef":
        built[param.name] = findTreeNode(built[param.of], value);
        break;
      case "GraphNode":
        built[param.name] = buildGraph(value || []);
        built[ORIGINALS] = new Set(graphNodes(built[param.name]));
        break;
      case "RandomList": {
        const [head, nodes] = buildRandomList(value || []);
        built[param.name] = head;
        built[ORIGINALS] = [nodes, value || []];
        break;
      }
      case "":
        built[param.name] = value;
        break;
      case "Interval[]":
        built[param.name] = buildIntervals(value);
        break;
      default:
        throw new Error(`the JavaScript harness cannot pass a ${param.type} yet`);
    }
  }
  const positional = spec.params.filter((p) => p.passed !== false).map((p) => built[p.name]);
  return [positional, built];
}

// Plain JSON data from an answer: numbers, strings, booleans, null, arrays of those.
function plain(x) {
  if (x === null || x === undefined) return null;
  const t = typeof x;
  if (t === "boolean" || t === "string") return x;
  if (t === "number") {
    if (Number.isFinite(x)) return x;
    return marker("number", String(x));
  }
  if (t === "bigint") return marker("number", `${x}n, a BigInt`);
  if (Array.isArray(x) || ArrayBuffer.isView(x)) return Array.from(x, plain);
  if (x instanceof Set) throw new NotPlain("a Set where a list is expected: return an array of its items");
  if (x instanceof Map) throw new NotPlain("a Map: return an array or an object");
  if (x instanceof ListNode) return dumpList(x);
  if (x instanceof TreeNode) return dumpTree(x);
  if (t === "object" && Object.getPrototypeOf(x) === Object.prototype) {
    const out = {};
    for (const k of Object.keys(x)) out[k] = plain(x[k]);
    return out;
  }
  throw new NotPlain(`a value of type ${t === "object" ? (x.constructor && x.constructor.name) || "object" : t}`);
}

class NotPlain extends Error {}

function dump(kind, value, built) {
  if (kind === "ListNode") return dumpList(value);
  if (kind === "ListNode[]") return Array.from(value || [], dumpList);
  if (kind === "TreeNode") return dumpTree(value);
  if (kind === "TreeNodeRef") return value ? plain(value.val) : null;
  if (kind === "GraphNode") return dumpGraph(value, (built && built[ORIGINALS]) || new Set());
  if (kind === "RandomList") return dumpRandomList(value, built && built[ORIGINALS]);
  return plain(value);
}

function finish(spec, built, returned) {
  if (spec.inplace) {
    const param = spec.params.find((p) => p.name === spec.inplace);
    return dump(param.type, built[spec.inplace], built);
  }
  if (spec.kind === "roundtrip") return finishRoundtrip(spec, returned);
  return dump(spec.returns || "", returned, built);
}

// --- round trips: encode, then decode (serialize a tree, encode a list of strings) ----

const SCRAMBLED = "(scrambled by the judge)";

function treeNodes(root) {
  const nodes = [];
  const seen = new Set();
  const stack = [root];
  while (stack.length) {
    const node = stack.pop();
    if (!node || seen.has(node) || seen.size >= MAX_NODES) continue;
    seen.add(node);
    nodes.push(node);
    stack.push(node.right, node.left);
  }
  return nodes;
}

// The codec's two functions: top-level ones (LeetCode's JavaScript), or the methods of
// a class the problem names, each call on a new instance.
function codecFunctions(spec, lookup) {
  for (const name of spec.classes || []) {
    const Cls = lookup(name);
    if (typeof Cls === "function" && Cls.prototype && typeof Cls.prototype[spec.encode] === "function") {
      return [(v) => new Cls()[spec.encode](v), (t) => new Cls()[spec.decode](t)];
    }
  }
  const encode = lookup(spec.encode);
  const decode = lookup(spec.decode);
  return typeof encode === "function" && typeof decode === "function" ? [encode, decode] : null;
}

function runRoundtrip(spec, fns, redo, value) {
  const kind = spec.params[0].type || "";
  const parts = kind === "TreeNode" ? treeNodes(value) : Array.isArray(value) ? [value] : [];
  const token = fns[0](value);
  if (typeof token !== "string") return { refused: token === null ? "null" : typeof token, parts };
  if (kind === "TreeNode") {
    for (const node of parts) {
      node.val = typeof node.val === "number" ? ~node.val : null;
      node.left = node.right = null;
    }
  } else {
    for (const items of parts) items.splice(0, items.length, ...new Array(items.length + 1).fill(SCRAMBLED));
  }
  return { answer: fns[1](token), token, parts, redo };
}

function finishRoundtrip(spec, trip) {
  const { encode, decode } = spec;
  if (trip.refused !== undefined) {
    return marker("not_str", `a ${trip.refused} from ${encode}(), not a string: ${encode}() must return a string`);
  }
  const kind = spec.params[0].type || "";
  const inputs = new Set(trip.parts);
  const shared =
    kind === "TreeNode"
      ? treeNodes(trip.answer).some((n) => inputs.has(n)) && "a tree that holds nodes of the input tree"
      : inputs.has(trip.answer) && "the input list itself";
  if (shared) {
    const why = `${decode}() must build its answer from the string alone (the judge scrambles the input once ${encode}() has returned)`;
    return marker("shared", `${shared} from ${decode}(): ${why}`);
  }
  const answer = dump(spec.returns || "", trip.answer);
  const rule = "the string must carry everything: keep no state between the calls (a global, a static field)";
  let again;
  try {
    again = dump(spec.returns || "", trip.redo(trip.token));
  } catch (e) {
    return marker("state", `an answer that the string alone does not give: ${decode}() in a fresh copy of the solution, given the same string, threw ${describe(e).type}; ${rule}`);
  }
  if (stringify(again) !== stringify(answer)) {
    return marker("state", `an answer that the string alone does not give: ${decode}() in a fresh copy of the solution, given the same string, answered differently; ${rule}`);
  }
  return answer;
}

function runDesign(Cls, operations, args, methodReturns) {
  const out = [null];
  const obj = new Cls(...(args[0] || []));
  for (let i = 1; i < operations.length; i++) {
    const name = operations[i];
    const method = obj[name];
    if (typeof method !== "function") throw new TypeError(`${Cls.name} has no method ${name}`);
    const value = method.apply(obj, args[i] || []);
    out.push(methodReturns[name] === "None" ? null : value === undefined ? null : value);
  }
  return out;
}

// --- errors ---------------------------------------------------------------------------

function cut(text) {
  return text.length <= MESSAGE_LIMIT ? text : `${text.slice(0, MESSAGE_LIMIT)}... (${text.length - MESSAGE_LIMIT} more characters)`;
}

function describe(e) {
  let name = "Error";
  let message = "";
  let stack = "";
  try {
    name = (e && e.name) || (e && e.constructor && e.constructor.name) || typeof e;
    message = cut(e instanceof Error ? String(e.message) : String(e));
    stack = e instanceof Error ? String(e.stack || "") : "";
  } catch (_) {
    message = "(the exception's message could not be printed)";
  }
  const frames = stack.split("\n").filter((line) => line.includes(FILENAME));
  const shown = frames.slice(-TRACE_FRAMES).map((line) => "  " + line.trim());
  const trace = shown.length ? `${name}: ${message}\n${shown.join("\n")}` : `${name}: ${message}`;
  return { type: name === "RangeError" && /call stack/.test(message) ? "RecursionError" : name, message, traceback: trace };
}

function errorReply(id, elapsed, answer, described) {
  const [stdout, bytes] = takeOutput();
  return { op: "error", id, ns: elapsed, stdout, stdout_bytes: bytes, answer, ...described };
}

// --- work that outlives a call ----------------------------------------------------------

function statState(path) {
  try {
    const stat = readFileSync(path, "latin1");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3);
  } catch (_) {
    return "";
  }
}

// The container's task count (its cgroup's), and what it was just before the solution's
// code first ran: while it is unchanged, the solution has no thread or process, and
// leftRunning need not read every thread's stat (hundreds of µs on every call).
const TASK_COUNTS = ["/sys/fs/cgroup/pids/pids.current", "/sys/fs/cgroup/pids.current"];
let quietTaskCount = null;

function taskCount() {
  for (const path of TASK_COUNTS) {
    try {
      return readFileSync(path, "latin1").trim();
    } catch (_) {
      // cgroup v2's file, or none: the full look decides
    }
  }
  return null;
}

// A thread's CPU time so far (ns): schedstat's, or utime + stime from stat in ticks.
function taskRuntime(tid) {
  try {
    return Number(readFileSync(`/proc/self/task/${tid}/schedstat`, "latin1").split(" ")[0]);
  } catch (_) {
    const stat = readFileSync(`/proc/self/task/${tid}/stat`, "latin1");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 1e7;
  }
}

// The solution's processes, and its threads that are running (node keeps idle threads of
// its own): (threads, processes) still there after a short wait. A thread counts when it
// is runnable and has used the CPU since it was first seen: one of node's own threads,
// woken on a busy machine (or in a container out of its CPU quota), can stay runnable for
// the whole wait without ever running, and that is no work of the solution's. Children
// that ended are zombies until init reaps them; they count as ended.
function leftRunning() {
  if (quietTaskCount !== null && taskCount() === quietTaskCount) return [0, 0];
  let threads = 0;
  let processes = 0;
  const firstSeen = new Map();
  for (let poll = 0; poll < LINGER_POLLS; poll++) {
    try {
      threads = 0;
      for (const t of readdirSync("/proc/self/task")) {
        if (t === PID || statState(`/proc/self/task/${t}/stat`) !== "R") continue;
        const runtime = taskRuntime(t);
        if (!firstSeen.has(t)) firstSeen.set(t, runtime);
        if (poll === 0 || runtime > firstSeen.get(t)) threads++;
      }
      processes = readdirSync("/proc").filter((p) => /^\d+$/.test(p) && p !== "1" && p !== PID && !"ZX".includes(statState(`/proc/${p}/stat`) || "Z")).length;
    } catch (_) {
      return [0, 0];
    }
    if (!threads && !processes) return [0, 0];
    if (poll < LINGER_POLLS - 1) Atomics.wait(sleepBuffer, 0, 0, 10);
  }
  return [threads, processes];
}

function leftRunningReply(id, elapsed, threads, processes, after) {
  const counts = [[threads, "thread", "threads"], [processes, "process", "processes"]];
  const left = counts.filter(([n]) => n).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`).join(" and ");
  const message = `it left ${left} running after ${after}: a solution's work must end when its call does`;
  return { op: "left_running", id, ns: elapsed, stdout: takeOutput()[0], message };
}

// --- loading and calling ------------------------------------------------------------------

function globalLookup(name) {
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) return undefined;
  return vm.runInThisContext(`typeof ${name} === "undefined" ? undefined : ${name}`);
}

function findEntry(spec) {
  const name = spec.kind === "design" ? spec.class : spec.function;
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) return undefined;
  const found = vm.runInThisContext(`typeof ${name} === "undefined" ? undefined : ${name}`);
  if (typeof found === "function" || spec.kind === "design") return found;
  const Solution = vm.runInThisContext(`typeof Solution === "undefined" ? undefined : Solution`);
  if (typeof Solution === "function" && typeof Solution.prototype[name] === "function") {
    return (...args) => new Solution()[name](...args);
  }
  return found;
}

class Harness {
  constructor() {
    this.spec = null;
    this.entry = null;
    this.staged = null;
  }

  load(req) {
    this.spec = req.spec;
    this.source = req.source;
    this.alone = Boolean(req.alone);
    globalThis._Node = globalThis.Node = NODE_CLASSES[this.spec.node || "graph"];
    const start = hrtime();
    let script;
    try {
      script = new vm.Script(req.source, { filename: FILENAME });
    } catch (e) {
      const where = /solution\.js:(\d+)/.exec(String(e.stack || ""));
      const line = where ? ` (line ${where[1]})` : "";
      return { op: "load_error", kind: "compile", message: `${e.name}: ${e.message}${line}`, stdout: takeOutput()[0] };
    }
    if (this.alone) quietTaskCount = taskCount();
    try {
      script.runInThisContext();
    } catch (e) {
      return errorReply(null, Number(hrtime() - start), false, describe(e));
    }
    const entry = this.spec.kind === "roundtrip" ? this.roundtripEntry() : findEntry(this.spec);
    const elapsed = Number(hrtime() - start);
    if (typeof entry !== "function") {
      const what = {
        design: `class ${this.spec.class}`,
        roundtrip: `functions ${this.spec.encode}() and ${this.spec.decode}()`,
      }[this.spec.kind] || `function ${this.spec.function}`;
      return { op: "load_error", kind: "entry", message: `no ${what} found`, stdout: takeOutput()[0] };
    }
    this.entry = entry;
    if (this.alone) {
      const [threads, processes] = leftRunning();
      if (threads || processes) return leftRunningReply(null, elapsed, threads, processes, "loading");
    }
    return { op: "loaded", ns: elapsed, stdout: takeOutput()[0] };
  }

  roundtripEntry() {
    const spec = this.spec;
    const fns = codecFunctions(spec, (name) => globalLookup(name));
    if (fns === null) return undefined;
    // decoding again in a fresh copy of the solution, outside the timed call, shows
    // state the two calls share (a global keyed by the string) that the string lacks
    const source = this.source;
    const redo = (token) => {
      const context = vm.createContext({
        ...{ ListNode, TreeNode, _Node: globalThis._Node, Node: globalThis._Node, console },
        ...{ PriorityQueue, MinPriorityQueue, MaxPriorityQueue, Queue, Interval },
      });
      new vm.Script(source, { filename: FILENAME }).runInContext(context);
      const lookup = (name) => vm.runInContext(`typeof ${name} === "undefined" ? undefined : ${name}`, context);
      return codecFunctions(spec, lookup)[1](token);
    };
    return (value) => runRoundtrip(spec, fns, redo, value);
  }

  invoke(positional) {
    if (this.spec.kind === "design") {
      const [operations, args] = positional;
      return runDesign(this.entry, operations, args, this.spec.method_returns || {});
    }
    const entry = this.entry; // called bare, so a stack frame names the solution alone
    return entry(...positional);
  }

  call(req) {
    const id = req.id;
    // repeat: that many staged calls, each on its own copy, timed as one (the host asks
    // where one call is too quick for the clock); the answer is the first call's
    const repeat = req.staged ? Math.max(1, Math.min(REPEAT_MAX, req.repeat | 0)) : 1;
    const inputs = [];
    for (let i = 0; i < repeat; i++) inputs.push(req.staged ? this.fromStage() : prepare(this.spec, req.args));
    const [positional, built] = inputs[0];
    takeOutput();
    const cpuStart = cpuUsage();
    const start = hrtime();
    let returned;
    try {
      returned = this.invoke(positional);
      for (let i = 1; i < repeat; i++) this.invoke(inputs[i][0]);
    } catch (e) {
      return errorReply(id, Number(hrtime() - start), false, describe(e));
    }
    const elapsed = Math.round(Number(hrtime() - start) / repeat);
    const used = cpuUsage(cpuStart);
    if (this.alone) {
      const [threads, processes] = leftRunning();
      if (threads || processes) return leftRunningReply(id, elapsed, threads, processes, "its call returned");
    }
    const cpu = { user: used.user / repeat, system: used.system / repeat };
    const [stdout, bytes] = takeOutput();
    const head = {
      op: "result",
      id,
      ns: elapsed,
      cpu_ns: Math.round((cpu.user + cpu.system) * 1000),
      stdout,
      stdout_bytes: bytes,
      peak_kb: resourceUsage().maxRSS,
    };
    if (repeat > 1) head.repeats = repeat;
    if (returned !== undefined && returned !== null && this.spec.inplace) head.returned = true;
    try {
      head.value = finish(this.spec, built, returned);
    } catch (e) {
      const described = e instanceof NotPlain ? { type: "NotPlain", message: e.message, traceback: "" } : describe(e);
      return { ...errorReply(id, elapsed, true, described), stdout, stdout_bytes: bytes };
    }
    return head;
  }

  fromStage() {
    const { text, ready } = this.staged;
    return ready.length ? ready.pop() : prepare(this.spec, parse(text));
  }

  stage(req) {
    const text = stringify(req.args);
    const ready = [];
    for (let i = 0; i < (req.copies || 0); i++) ready.push(prepare(this.spec, parse(text)));
    this.staged = { text, ready };
  }

  serve() {
    for (;;) {
      const req = receive();
      if (req === null || req.op === "bye") {
        if (req !== null) send({ op: "bye" });
        reallyExit(0);
      }
      if (req.op === "load") send(this.load(req));
      else if (req.op === "call") send(this.call(req));
      else if (req.op === "batch") {
        for (const one of req.calls) {
          const answer = this.call(one);
          send(answer);
          if (answer.op === "left_running") break; // the sandbox is spent
        }
      } else if (req.op === "stage") {
        this.stage(req);
        send({ op: "staged" });
      } else send({ op: "error", id: null, type: "ProtocolError", message: `unknown op ${req.op}`, traceback: "" });
    }
  }
}

new Harness().serve();
