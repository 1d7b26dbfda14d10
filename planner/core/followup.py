"""After the interview: when to chase, what to do next, and the offers side by side.

The follow-up lives in the interview's own fields (``decision_date``, ``feedback``), each
person's ``thank_you_sent`` and the interview's status (its outcome); the offer worksheet
in the ``offer_*`` fields (planner.core.model).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import NamedTuple

from planner.core.items import parse_day
from planner.core.model import OFFER_FIELDS, PREP_FIELDS, Interview, Status

CHASE_AFTER_WORKING_DAYS = 2


def add_working_days(day: date, count: int) -> date:
    """The day `count` working days (Monday to Friday) after `day`."""
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day


def decision_day(interview: Interview) -> date | None:
    """The day they said they would decide, or None if not noted (or not a day)."""
    value = interview.prep.get("decision_date", "")
    try:
        return parse_day(value) if isinstance(value, str) else None
    except ValueError:
        return None


def chase_day(interview: Interview) -> date | None:
    """When to chase if nothing has come: two working days after the decision date."""
    decided = decision_day(interview)
    return None if decided is None else add_working_days(decided, CHASE_AFTER_WORKING_DAYS)


def is_over(interview: Interview, now: datetime) -> bool:
    """Whether the interview has taken place (its start has passed)."""
    return interview.starts_at is not None and now >= interview.starts_at


def follow_up_step(interview: Interview, now: datetime) -> str | None:
    """The next thing to do after the interview, in words; None before it, and None once
    the outcome is known and noted (the feedback of a refusal, the terms of an offer)."""
    if not is_over(interview, now):
        return None
    if interview.status == Status.NOT_SELECTED:
        if interview.prep_text("feedback"):
            return None
        return "Thank them, and ask for brief feedback to help your next interview."
    if interview.status == Status.OFFER:
        if interview.prep_text("offer_salary"):
            return None
        return "Set the offer out in the worksheet before you answer: the whole package."
    unsent = [
        person.text("name") or "each person"
        for person in interview.people
        if not person.text("thank_you_sent")
    ]
    if unsent:
        return f"Send your thank-you to {unsent[0]}, then note the date."
    chase = chase_day(interview)
    if chase is None:
        return "Note the date they said they would decide."
    if now.date() >= chase:
        return "No answer yet: send one short, friendly message to ask where things stand."
    return (
        f"Wait for their answer; if nothing comes, follow up on {chase:%a} {chase.day} {chase:%b}."
    )


def move_dates(interview: Interview, starts_at: datetime) -> None:
    """Move the interview to starts_at, and every date noted with it by the same number of
    days (the decision date, each thank-you), so the example tells the same story on any
    day it is opened."""
    if interview.starts_at is None:
        interview.starts_at = starts_at
        return
    shift = starts_at.date() - interview.starts_at.date()
    interview.starts_at = starts_at

    def moved(value: object) -> object:
        try:
            day = parse_day(value) if isinstance(value, str) else None
        except ValueError:
            return value
        return value if day is None else (day + shift).isoformat()

    interview.prep["decision_date"] = moved(interview.prep.get("decision_date", ""))
    for person in interview.people:
        person.data["thank_you_sent"] = moved(person.get("thank_you_sent") or "")


class OfferRow(NamedTuple):
    field: str
    label: str
    values: tuple[str, ...]  # one per interview, in the order given


def offers_side_by_side(interviews: list[Interview]) -> list[OfferRow]:
    """The offer worksheets of several interviews as rows to compare, one per field;
    fields that no interview filled in are left out."""
    rows = []
    for name in OFFER_FIELDS:
        values = tuple(interview.prep_text(name) for interview in interviews)
        if any(values):
            rows.append(OfferRow(name, PREP_FIELDS[name].label, values))
    return rows
