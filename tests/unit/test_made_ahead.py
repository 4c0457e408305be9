"""Inputs made ahead by the resident judge for the next run of the problem it last judged:
the same inputs that run would make, a fresh copy each, the drawing used by one run only."""

from __future__ import annotations

import random

import pytest

from judge import made_ahead, registry
from judge.engine import PROBE_REPEATS
from judge.sandbox.client import staging


@pytest.fixture
def binary_search():
    problem = registry.get("binary_search")
    made_ahead.prepare(problem)
    yield problem
    made_ahead._prepared = None


def test_a_large_input_made_ahead_is_the_one_the_run_would_make(binary_search):
    made = made_ahead.large_input("binary_search", 1024, PROBE_REPEATS)
    assert made == binary_search.cases.large(1024, random.Random(1024))


def test_each_run_gets_its_own_copy_to_mutate(binary_search):
    first = made_ahead.large_input("binary_search", 1024, PROBE_REPEATS)
    assert first is not None
    first["nums"].clear()
    again = made_ahead.large_input("binary_search", 1024, PROBE_REPEATS)
    assert again is not None and len(again["nums"]) == 1024


def test_its_stage_frame_is_sent_as_made(binary_search):
    args = made_ahead.large_input("binary_search", 2048, PROBE_REPEATS)
    assert args is not None
    kept = made_ahead._prepared.large[2048][1]
    assert staging.frame(args, PROBE_REPEATS) is kept


def test_nothing_is_made_ahead_for_another_problem_or_copies(binary_search):
    assert made_ahead.large_input("two_sum", 1024, PROBE_REPEATS) is None
    assert made_ahead.large_input("binary_search", 1024, PROBE_REPEATS + 1) is None
    assert made_ahead.large_input("binary_search", 3, PROBE_REPEATS) is None
    assert made_ahead.take_drawing("two_sum") is None


def test_the_drawing_is_finished_and_goes_to_one_run_only(binary_search):
    drawing = made_ahead.take_drawing("binary_search")
    assert drawing is not None and not drawing.thread.is_alive()
    assert len(drawing.inputs()) > 0
    assert made_ahead.take_drawing("binary_search") is None


def test_the_resident_drops_the_drawing_once_it_forked_a_command(binary_search):
    made_ahead.handed_out()
    assert made_ahead.take_drawing("binary_search") is None
    assert made_ahead.large_input("binary_search", 1024, PROBE_REPEATS) is not None
