"""What the growth check charges a solution for one probe input, without trusting it.

The sandbox times each call with a clock the harness bound before the solution
loaded, but a solution shares the harness's process and can, with enough effort
(gc, ctypes), reach that clock. So the host keeps its own witness: the CPU time of
the whole sandbox during the call, read from the container's cgroup (or, on an
engine whose cgroups it cannot read, each call's round trip). The reference's
sandbox does the same harness work on the same input, and the reference's harness,
which runs only our code, can be believed about the CPU its call used, so

    solution's CPU - (reference's CPU - reference's call CPU)

estimates the solution's call time without anything from inside its sandbox. (The
reference's call CPU, not its call time: on a busy machine a call waits for a core,
which stretches its time but not the CPU around it.)
What the curve charges a call is its CPU time, by the harness's account (`spent_ns`).
A call whose clock claims far less than that estimate (several times less, and
less by more than noise) is a clock that lies, and one such call condemns the
clock for the whole curve: every size is then charged the host's estimate.

A solution in another language than the reference's runs under another harness and
runtime, whose work around each call the reference's says nothing of: node spent
100-650 µs of CPU around each call of binary_search (reading its threads' states,
its collector's threads), Python's 30 µs. There the solution's own work around a call
is taken as the least excess over its clock that it showed at any size called once a
measurement (`charged_curve(native=True)`): work that stays the same at every size is
not the solution's; work that grows with n still is.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from judge.sandbox.base import CallResult

# Time seen from outside beyond the sandbox's own clock that noise alone does not
# explain: CPU accounting is steady; round trips on a busy machine are not.
UNACCOUNTED_CPU_NS = 200_000
UNACCOUNTED_WALL_NS = 50_000_000
CLAIM_FACTOR = 4  # an honest clock is never this many times below the witness


@dataclass(frozen=True)
class Charge:
    inside_ns: int  # the sandbox's clock (minimum over the repeats)
    witnessed_ns: int  # the host's estimate of the same
    lying: bool  # the clock claims far less than the host saw
    repeats: int = 1  # calls timed together per measurement (CallResult.repeats)
    slack_ns: int = field(default=0, compare=False)  # what noise may add to the witness


def charge(results: list[CallResult], reference: list[CallResult]) -> Charge:
    """One probe input: the solution's repeated calls next to the reference's."""
    inside = min(r.spent_ns or 0 for r in results)
    reference_inside = min(r.spent_ns or 0 for r in reference)
    cpu = [r.cpu_ns for r in results if r.cpu_ns is not None]
    reference_cpu = [r.cpu_ns for r in reference if r.cpu_ns is not None]
    if cpu and reference_cpu:
        reference_call_cpu = [r.inside_cpu_ns for r in reference if r.inside_cpu_ns is not None]
        reference_call = min(reference_call_cpu) if reference_call_cpu else reference_inside
        # the harness's own work in a call (the arguments are built beforehand, the
        # answer encoded after) varies a little with its size
        harness_work = max(min(reference_cpu) - reference_call, 0)
        witnessed = min(cpu) - harness_work
        slack = UNACCOUNTED_CPU_NS + harness_work // 2
    else:
        witnessed = min(r.wall_ns for r in results) - min(r.wall_ns for r in reference) + reference_inside
        slack = UNACCOUNTED_WALL_NS
    repeats = max(r.repeats for r in results)
    return Charge(inside, max(witnessed, 1), _lies(witnessed, inside, slack), repeats, slack)


def _lies(witnessed: int, inside: int, slack: int) -> bool:
    return witnessed > CLAIM_FACTOR * inside + slack


def charged_curve(charges: list[Charge], native: bool = False) -> tuple[list[int], bool]:
    """The times to classify, and whether the sandbox's clock was caught lying.

    native: the solution's harness is not the reference's (module docstring): the least
    excess of a once-a-measurement size is its own work around a call, and is taken
    out of every witness (divided among the calls of a repeated measurement)."""
    if native:
        excess = [c.witnessed_ns - c.inside_ns for c in charges if c.repeats == 1]
        own = max(min(excess), 0) if excess else 0
        charges = [
            Charge(c.inside_ns, max(w, 1), _lies(w, c.inside_ns, c.slack_ns), c.repeats, c.slack_ns)
            for c in charges
            for w in [c.witnessed_ns - own // c.repeats]
        ]
    lying = any(c.lying for c in charges)
    return [c.witnessed_ns if lying else c.inside_ns for c in charges], lying
