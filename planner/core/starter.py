"""A new interview comes with the suggested checklists and assessments to tick."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from planner.core.guidance import Guidance
from planner.core.items import ASSESSMENT_TYPES
from planner.core.model import Interview

# Kinds whose suggested items a user can add back to an empty list.
SUGGESTED_KINDS = ("assessment", "day_check", "presence_check")


def suggested_items(guidance: Guidance, kind: str) -> list[dict]:
    if kind == "assessment":
        return [{"type": key, "expected": False} for key, _ in ASSESSMENT_TYPES if key != "other"]
    if kind in guidance.checklists:
        return [{"text": text, "done": False} for text in guidance.checklists[kind]]
    raise ValueError(f"no suggested items for {kind}")


def starter_interview(guidance: Guidance) -> Interview:
    interview = Interview()
    for kind in SUGGESTED_KINDS:
        for data in suggested_items(guidance, kind):
            interview.add(kind, **data)
    return interview


def worked_example(today: date) -> Interview:
    """The worked example (resources/examples), three days after today at the example's
    hour, every day noted with it moved as much: so that its countdown reads as it would
    before a real interview."""
    from planner.core.exchange import read_export
    from planner.core.followup import move_dates
    from planner.resources import resource_path

    data = resource_path("examples", "example-interview.json").read_bytes()
    (example,) = read_export(data)
    if example.starts_at is not None:
        soon = today + timedelta(days=3)
        move_dates(example, datetime.combine(soon, example.starts_at.time()))
    return example
