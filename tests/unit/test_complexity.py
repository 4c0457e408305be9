from __future__ import annotations

import math
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from judge.complexity import (
    GROWTH,
    ORDER,
    canonical,
    classify,
    fit_class,
    sizes_beyond,
    sizes_for,
    sparkline,
)

COST_NS = {  # a plausible cost per unit of growth, in nanoseconds
    "O(1)": 2_000,
    "O(log n)": 400,
    "O(n)": 60,
    "O(n log n)": 15,
    "O(n^2)": 30,
    "O(n^3)": 20,
    "O(2^n)": 50,
}


def curve(name: str, sizes: list[int], noise: float, rng: random.Random, base_ns: int = 3_000) -> list[int]:
    f = GROWTH[name]
    return [int((base_ns + COST_NS[name] * f(n)) * (1 + rng.uniform(0, noise))) for n in sizes]


@pytest.mark.parametrize("name", ["O(log n)", "O(n)", "O(n^2)", "O(n^3)"])
def test_fit_recognises_clean_curves(name):
    sizes = [2**k for k in range(6, 14)] if name != "O(n^3)" else [2**k for k in range(3, 9)]
    times = [float(COST_NS[name] * GROWTH[name](n)) for n in sizes]
    assert fit_class(sizes, times) == name


@settings(max_examples=60, deadline=None)
@given(
    expected=st.sampled_from(["O(log n)", "O(n)", "O(n log n)", "O(n^2)"]),
    noise=st.floats(0, 0.3),
    seed=st.integers(0, 2**16),
)
def test_the_reference_s_own_class_is_never_too_slow(expected, noise, seed):
    rng = random.Random(seed)
    sizes = sizes_for(expected)
    reference = curve(expected, sizes, noise, rng)
    solution = [int(t * 2.5) for t in curve(expected, sizes, noise, rng)]  # slower by a constant
    assert classify(expected, sizes, solution, reference).ok is not False


@settings(max_examples=60, deadline=None)
@given(
    expected=st.sampled_from(["O(log n)", "O(n)", "O(n^2)"]),
    noise=st.floats(0, 0.3),
    seed=st.integers(0, 2**16),
)
def test_a_class_clearly_worse_is_too_slow(expected, noise, seed):
    rng = random.Random(seed)
    worse = {"O(log n)": "O(n)", "O(n)": "O(n^2)", "O(n^2)": "O(n^3)"}[expected]
    sizes = sizes_for(expected)
    reference = curve(expected, sizes, noise, rng)
    solution = curve(worse, sizes, noise, rng)
    growth = classify(expected, sizes, solution, reference)
    assert growth.ok is False
    # a class worse than the bar, or no class and the growth said in words
    if growth.measured is None:
        assert "grew" in growth.note
    else:
        assert ORDER.index(growth.measured) > ORDER.index(expected)


def test_a_timeout_in_the_probe_is_too_slow():
    growth = classify("O(n)", [128, 256, 512], [10_000, 40_000], [1_000, 2_000], timed_out_at=512)
    assert growth.ok is False and "512" in growth.note


def test_noise_below_the_floor_is_fine():
    sizes = sizes_for("O(log n)")
    jitter = [3_000, 9_000, 2_000, 15_000, 4_000, 3_000, 18_000, 5_000]
    assert classify("O(log n)", sizes, jitter, [3_000] * len(sizes)).ok is True


def test_too_few_points_are_inconclusive():
    assert classify("O(n)", [1, 2, 4], [1, 2, 4], [1, 1, 1]).ok is None


def test_canonical_names_and_sparkline():
    assert canonical("O(nlogn)") == "O(n log n)" and canonical("O(n!)") is None
    assert sparkline([1, 10, 100, 1000]) == "▁▃▆█"
    assert math.isclose(len(sparkline([5] * 4)), 4)


def test_a_step_in_the_constant_factor_is_not_too_slow():
    """Deep recursion costs more per frame once it leaves the cache: a step, not a class."""
    sizes = sizes_for("O(n)")
    reference = [100 * n for n in sizes]
    solution = [(300 if n < 8192 else 1200) * n for n in sizes]
    assert classify("O(n)", sizes, solution, reference).ok is not False


def test_a_worse_class_whose_ratio_levels_off_at_the_top_is_still_too_slow():
    """Seen: a linear scan for O(log n), the reference slowing at the largest sizes."""
    ratios = [2.5, 2.5, 3.2, 12.1, 21.8, 45.6, 45.4, 55.0, 62.2]  # sizes 2^8 to 2^16
    sizes = sizes_for("O(log n)")[: len(ratios)]
    reference = [5_000 + 400 * i for i in range(len(sizes))]
    solution = [int(r * t) for r, t in zip(ratios, reference, strict=True)]
    assert classify("O(log n)", sizes, solution, reference).ok is False


def test_a_probe_stopped_early_by_a_slow_call_still_decides():
    sizes = sizes_for("O(n)")[:4]
    solution = [30 * n * n for n in sizes]
    reference = [100 * n for n in sizes]
    assert classify("O(n)", sizes, solution, reference).ok is False


def test_exponential_candidates_do_not_overflow():
    sizes = [2**k for k in range(4, 11)]
    assert fit_class(sizes, [float(n * n) for n in sizes]) in ORDER


def classify_ratios(expected: str, ratios: list[float], beyond: bool = False):
    """classify() on a curve given as the solution/reference ratio at each size measured,
    from the smallest of the expected class's sizes (and past them when `beyond`)."""
    sizes = (sizes_for(expected) + (sizes_beyond(expected) if beyond else []))[: len(ratios)]
    reference = [60 * n + 3_000 for n in sizes]
    solution = [int(r * t) for r, t in zip(ratios, reference, strict=True)]
    return classify(expected, sizes, solution, reference)


def test_a_hash_table_leaving_the_caches_is_not_a_worse_class():
    """Seen under `judge check -j 2`: set(range(n + 1)) - set(nums) for an O(n) loop
    reference, judged too slow at 6x; its ratio rises in steps as the sets outgrow
    the caches, by 2-4x when the machine is quiet."""
    ratios = [0.7, 0.6, 0.9, 1.2, 0.8, 2.4, 1.3, 3.1, 4.6]  # sizes 2^8 to 2^16
    assert classify_ratios("O(n)", ratios).ok is not False


def test_a_gentle_slope_that_keeps_on_growing_is_inconclusive_so_the_probe_goes_on():
    """list.pop(0) in a loop against O(n log n): flat while memmove is cheap, then steep
    (seen at 2^16); too little growth to condemn, too much to clear: measured further."""
    ratios = [1.3, 1.7, 1.3, 1.3, 2.5, 3.4, 3.8, 6.9, 18.9]
    assert classify_ratios("O(n log n)", ratios).ok is None
    # one doubling more, where memmove's cost has doubled again
    assert classify_ratios("O(n log n)", [*ratios, 40.0], beyond=True).ok is False


def test_the_stricter_bar_for_a_gentle_slope_is_only_at_the_top_sizes():
    """A probe stopped low by slow calls (a quadratic walk costing 250 ms at n = 8,192)
    is not a hash table leaving the caches: the usual 4x condemns it there."""
    ratios = [13.7, 9.6, 23.3, 32.5, 46.0, 58.0]  # log-log slope 0.44, grew 4.5x
    assert classify_ratios("O(n)", ratios).ok is False
