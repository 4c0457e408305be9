"""When the growth probe stops: at its budget, unless the curve is still inconclusive."""

from __future__ import annotations

from judge.charging import Charge
from judge.complexity import sizes_for
from judge.engine import PROBE_BUDGET_S, PROBE_UNSURE_BUDGET_S, keep_probing

# Seen in CI: list.pop(0) in a loop (O(n^2), memmove-cheap) against an O(n log n)
# reference, sizes 2^8 to 2^15; the ratio only starts to climb at the top.
UNSURE_RATIOS = [1.47, 2.36, 1.63, 1.38, 4.04, 3.33, 4.42, 7.29]
CLEAR_RATIOS = [1.0, 1.1, 0.9, 1.0, 1.05, 0.95, 1.0, 1.0]


def curve(ratios: list[float]) -> tuple[list[int], list[int], list[Charge]]:
    sizes = sizes_for("O(n log n)")[: len(ratios)]
    reference = [300 * n for n in sizes]
    charges = [Charge(int(r * t), int(r * t), False) for r, t in zip(ratios, reference, strict=True)]
    return sizes, reference, charges


def test_within_the_budget_the_probe_goes_on():
    assert keep_probing(PROBE_BUDGET_S / 2, False, "O(n log n)", *curve(CLEAR_RATIOS))


def test_past_the_budget_a_clear_curve_stops():
    assert not keep_probing(PROBE_BUDGET_S + 0.1, False, "O(n log n)", *curve(CLEAR_RATIOS))


def test_past_the_budget_an_inconclusive_curve_goes_on_to_larger_sizes():
    assert keep_probing(PROBE_BUDGET_S + 0.1, False, "O(n log n)", *curve(UNSURE_RATIOS))


def test_past_the_table_of_sizes_only_an_inconclusive_curve_goes_on():
    assert not keep_probing(0.5, True, "O(n log n)", *curve(CLEAR_RATIOS))
    assert keep_probing(0.5, True, "O(n log n)", *curve(UNSURE_RATIOS))


def test_an_inconclusive_curve_stops_at_the_longer_budget():
    assert not keep_probing(PROBE_UNSURE_BUDGET_S, False, "O(n log n)", *curve(UNSURE_RATIOS))
    assert not keep_probing(PROBE_UNSURE_BUDGET_S, True, "O(n log n)", *curve(UNSURE_RATIOS))
