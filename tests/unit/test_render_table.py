"""A run's small table is laid out without importing tabulate, exactly as tabulate would."""

from __future__ import annotations

import pytest
from tabulate import tabulate

from judge.render import text_table

TABLES = [
    [["examples", "3/3"], ["hidden", "18/18"], ["property", "100/100"]],
    [["examples", "2/3"], ["hidden", "0/18  (not run: the run stopped)"]],
    [["load", "0/1"]],
    [["a", "b"]],
    [["growth", "10/10"], ["x" * 20, "1/1"]],
]


@pytest.mark.parametrize("rows", TABLES)
def test_the_table_is_tabulate_s_simple_table(rows):
    headers = ["tests", "passed"]
    assert text_table(rows, headers) == tabulate(rows, headers=headers, tablefmt="simple")
