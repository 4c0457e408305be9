"""The grid validator the grid problems share (judge.authoring.grids)."""

from __future__ import annotations

import pytest

from judge.authoring.grids import exactly, grid_error, int_between

BITS = exactly(0, 1)


@pytest.mark.parametrize(
    ("grid", "why"),
    [
        ([[0, 1], [1, 0]], None),
        ([], "number of rows out of range"),
        ([[0]] * 4, "number of rows out of range"),
        ("01", "number of rows out of range"),
        ([[0], (1,)], "a row is not a list"),
        ([[]], "number of columns out of range"),
        ([[0, 1, 0, 1]], "number of columns out of range"),
        ([[0, 1], [1]], "rows of different lengths"),
        ([[0, 2]], "a cell is not 0 or 1"),
        ([[0, True]], "a cell is not 0 or 1"),
    ],
)
def test_a_grid_is_rectangular_within_its_sides_and_its_cells_follow_the_rule(grid, why):
    assert grid_error(grid, 3, BITS, "a cell is not 0 or 1") == why


def test_columns_may_have_their_own_bound():
    assert grid_error([[1, 2, 3, 4]], 1, int_between(0, 9), "x", max_cols=4) is None
    assert grid_error([[1, 2, 3, 10]], 1, int_between(0, 9), "a value out of range", max_cols=4) == (
        "a value out of range"
    )


def test_exactly_tells_strings_from_numbers():
    assert exactly("0", "1")("1") and not exactly("0", "1")(1)
