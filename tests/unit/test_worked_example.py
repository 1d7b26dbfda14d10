"""The window opens the worked example three days ahead (core/starter.worked_example):
the countdown reads as before a real interview, and every day noted with it moves too."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from planner.core.exchange import read_export
from planner.core.starter import worked_example
from planner.resources import resource_path


@pytest.mark.parametrize("today", [date(2026, 2, 27), date(2031, 12, 30)])
def test_the_example_opens_three_days_ahead_at_its_own_hour(today):
    (stored,) = read_export(resource_path("examples", "example-interview.json").read_bytes())
    example = worked_example(today)
    assert example.starts_at.date() == today + timedelta(days=3)
    assert example.starts_at.time() == stored.starts_at.time()
    assert (example.company, example.role) == (stored.company, stored.role)
