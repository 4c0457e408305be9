"""How the growth check charges a probe call: the sandbox's clock unless the host saw far more."""

from judge.charging import Charge, charge, charged_curve
from judge.sandbox.base import CallResult, Outcome

US = 1_000


def calls(inside_us: float, cpu_us: float | None, wall_us: float = 0, repeats: int = 3) -> list[CallResult]:
    return [
        CallResult(
            Outcome.OK,
            inside_ns=int(inside_us * US),
            cpu_ns=None if cpu_us is None else int(cpu_us * US),
            wall_ns=int(wall_us * US),
        )
        for _ in range(repeats)
    ]


def test_an_honest_call_is_not_called_a_liar():
    honest = charge(calls(50, 400), calls(5, 360))
    assert honest == Charge(inside_ns=50 * US, witnessed_ns=(400 - 360 + 5) * US, lying=False)


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
