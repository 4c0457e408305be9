"""How the growth check charges a probe call: the sandbox's clock unless the host saw far more."""

from judge.charging import Charge, charge, charged_curve
from judge.sandbox.base import CallResult, Outcome

US = 1_000


def calls(
    inside_us: float,
    cpu_us: float | None,
    wall_us: float = 0,
    repeats: int = 3,
    inside_cpu_us: float | None = None,
) -> list[CallResult]:
    return [
        CallResult(
            Outcome.OK,
            inside_ns=int(inside_us * US),
            inside_cpu_ns=None if inside_cpu_us is None else int(inside_cpu_us * US),
            cpu_ns=None if cpu_us is None else int(cpu_us * US),
            wall_ns=int(wall_us * US),
        )
        for _ in range(repeats)
    ]


def test_an_honest_call_is_not_called_a_liar():
    honest = charge(calls(50, 400), calls(5, 360))
    assert honest == Charge(inside_ns=50 * US, witnessed_ns=(400 - 360 + 5) * US, lying=False)


def test_a_reference_kept_waiting_for_a_core_does_not_make_an_honest_clock_a_liar():
    # Seen under `-j 2`: an O(1) missing number, 170 us by its clock and 330 us of
    # sandbox CPU; the reference's call took 4.5 ms though it used 3.0 ms of CPU.
    # Charging its call time as harness work made the solution look 1.6 ms long.
    solution = calls(170, 330)
    waited = charge(solution, calls(4_470, 3_190, inside_cpu_us=3_040))
    assert waited == Charge(inside_ns=170 * US, witnessed_ns=(330 - 150) * US, lying=False)
    # a reply that does not say: its call time stands in, and harness work is never below none
    assert charge(solution, calls(4_470, 3_190)) == Charge(170 * US, 330 * US, False)


def test_harness_work_that_varies_with_the_input_is_not_held_against_the_clock():
    # receiving a call, releasing a large argument and answering cost CPU outside
    # the timed call, more in one sandbox than in the other by chance
    assert not charge(calls(8, 600), calls(7, 300)).lying


def test_a_clock_that_claims_far_less_than_the_cpu_used_is_a_liar():
    faked = charge(calls(10, 40_000), calls(5, 500))
    assert faked.lying
    assert faked.witnessed_ns == (40_000 - 500 + 5) * US


def test_without_cpu_accounting_the_round_trip_is_the_witness():
    assert not charge(calls(50, None, wall_us=700), calls(5, None, wall_us=600)).lying
    assert charge(calls(10, None, wall_us=200_000), calls(5, None, wall_us=600)).lying


def test_one_lie_and_the_host_times_every_size():
    honest = [Charge(10, 12, False), Charge(20, 25, False)]
    assert charged_curve(honest) == ([10, 20], False)
    caught = [Charge(0, 12, False), Charge(0, 3_000_000, True)]
    assert charged_curve(caught) == ([12, 3_000_000], True)


def test_a_call_kept_waiting_for_a_core_is_charged_the_cpu_it_used():
    # 5 ms by the clock, of which 0.5 ms on a core: the rest was the machine's load
    waited = charge(calls(5000, 900, inside_cpu_us=500), calls(40, 400, inside_cpu_us=40))
    assert waited.inside_ns == 500 * US and not waited.lying


def test_cpu_beyond_the_clock_or_too_coarse_to_see_leaves_the_clock_s_time():
    parallel = charge(calls(100, 900, inside_cpu_us=700), calls(40, 400, inside_cpu_us=40))
    assert parallel.inside_ns == 100 * US  # threads ran beside the call: time, not CPU
    coarse = charge(calls(3, 400, inside_cpu_us=0), calls(2, 400, inside_cpu_us=0))
    assert coarse.inside_ns == 3 * US


def test_a_native_harness_s_own_work_around_each_call_is_not_the_solution_s():
    # node's binary search, seen in a golden run: 1-2 µs by its clock at the sizes called
    # once a measurement, 186 and 250 µs of witness (node's own work around each call);
    # the reference's harness (Python's, 30 µs) said nothing of it, and the clock was
    # called a liar (so: too slow)
    js = [Charge(300, 1, False, 128, 213_000), Charge(900, 9_400, False, 7, 213_000)]
    js += [Charge(1_100, 186_000, False, 1, 213_000), Charge(2_200, 249_500, True, 1, 213_000)]
    assert charged_curve(js)[1] is True
    assert charged_curve(js, native=True) == ([300, 900, 1_100, 2_200], False)


def test_a_native_clock_hiding_work_that_grows_is_still_caught():
    # the same work around each call, and beyond it work that grows with n, unclaimed
    hiding = [Charge(1_000, 150_000, False, 1, 213_000), Charge(1_000, 2_150_000, True, 1, 213_000)]
    curve, lying = charged_curve(hiding, native=True)
    assert lying
    assert curve == [150_000 - 149_000, 2_150_000 - 149_000]  # less the least excess, 149 µs
