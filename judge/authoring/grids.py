"""Case builders shared by the problems on 2-D grids (islands, boards, matrices)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def grid_error(
    grid: Any, max_side: int, cell_ok: Callable[[Any], bool], cells: str, max_cols: int | None = None
) -> str | None:
    """Why `grid` is not a list of 1..max_side rows, each a list of the same 1..max_cols
    cells (max_side where not given) that all pass `cell_ok`; None where it is.
    cells: the rule for a cell in words, for the message ("a cell is not 0 or 1")."""
    if type(grid) is not list or not 1 <= len(grid) <= max_side:
        return "number of rows out of range"
    if any(type(row) is not list for row in grid):
        return "a row is not a list"
    cols = len(grid[0])
    if not 1 <= cols <= (max_side if max_cols is None else max_cols):
        return "number of columns out of range"
    if any(len(row) != cols for row in grid):
        return "rows of different lengths"
    if not all(cell_ok(cell) for row in grid for cell in row):
        return cells
    return None


def exactly(*allowed: Any) -> Callable[[Any], bool]:
    """A cell rule: one of these values, of the same type (True is not 1)."""
    return lambda cell: any(type(cell) is type(a) and cell == a for a in allowed)


def int_between(low: int, high: int) -> Callable[[Any], bool]:
    """A cell rule: an int (not a bool) from low to high."""
    return lambda cell: type(cell) is int and low <= cell <= high
