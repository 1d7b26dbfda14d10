"""How ready the candidate is, per tab and overall, and the most useful next step.

Readiness is a list of checks made from what is filled in and ticked. A tab's percentage
is the share of its checks that are done; the next step is the first check not done,
in order of how much it helps on the day.
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from planner.core.items import ASSESSMENT_TYPES, Item
from planner.core.model import KEY_MESSAGE_FIELDS, TAB_KEYS, Interview

STORIES_WANTED = 3
QUESTIONS_WANTED = 3
ASKS_WANTED = 3
CHALLENGES_WANTED = 2


class Check(NamedTuple):
    tab: str
    priority: int  # lower comes first as the next step
    done: bool
    next_step: str  # what to do, in words, while not done


class Readiness(NamedTuple):
    checks: tuple[Check, ...]
    over: bool = False  # the interview has taken place: the next step is the follow-up's
    after: str | None = None  # that step, None when the follow-up is complete

    def percent(self, tab: str | None = None) -> int:
        checks = [c for c in self.checks if tab is None or c.tab == tab]
        if not checks:
            return 100
        return round(100 * sum(c.done for c in checks) / len(checks))

    @property
    def overall(self) -> int:
        return self.percent()

    @property
    def by_tab(self) -> dict[str, int]:
        return {tab: self.percent(tab) for tab in TAB_KEYS}

    @property
    def next_step(self) -> str | None:
        if self.over:
            return self.after
        waiting = sorted((c for c in self.checks if not c.done), key=lambda c: c.priority)
        return waiting[0].next_step if waiting else None


def _filled(item: Item, *names: str) -> bool:
    return all(item.text(name) for name in names)


def _count(items: list[Item], *names: str) -> int:
    return sum(_filled(item, *names) for item in items)


def _person_name(person: Item) -> str:
    return person.text("name") or "each person"


def assess(interview: Interview, now: datetime | None = None) -> Readiness:
    """The checks for this interview. Given now, once the interview has taken place the
    next step is the follow-up's (planner.core.followup.follow_up_step)."""
    items = interview.items
    prep = interview.prep
    checks: list[Check] = []

    def check(tab: str, priority: int, done: bool, next_step: str) -> None:
        checks.append(Check(tab, priority, done, next_step))

    def checklist(tab: str, priority: int, kind: str, tick_off: str, when_empty: str) -> None:
        """Done when the list has entries and all are ticked."""
        entries = items[kind]
        left = sum(1 for entry in entries if not entry.get("done"))
        step = f"{tick_off} ({left} left)." if entries else when_empty
        check(tab, priority, bool(entries) and left == 0, step)

    # What to expect
    reasons = [prep.get(name) for name in ("invite_senior", "invite_colleague", "invite_deeper")]
    check(
        "expect",
        20,
        any(reasons) or bool(interview.prep_text("invite_note")),
        "Tick why you think they invited you back.",
    )
    people = items["person"]
    check("expect", 10, _count(people, "name") > 0, "Add the people you will meet.")
    expected = [a for a in items["assessment"] if a.get("expected")]
    labels = dict(ASSESSMENT_TYPES)
    if expected:
        unplanned = [a for a in expected if not a.text("plan")]
        step = (
            f"Write a preparation plan for the {labels[unplanned[0].get('type')].lower()}."
            if unplanned
            else ""
        )
        check("expect", 30, not unplanned, step)
    outlined = _count(items["question"], "text", "outline")
    check(
        "expect",
        40,
        outlined >= QUESTIONS_WANTED,
        f"Outline answers to at least {QUESTIONS_WANTED} likely questions ({outlined} so far).",
    )
    outlined_questions = [q for q in items["question"] if q.text("text") and q.text("outline")]
    practised = sum(
        1
        for q in outlined_questions
        if q.get("rating") == "confident"
        or (q.get("practised") and q.get("rating") != "needs_work")
    )
    check(
        "expect",
        90,
        outlined > 0 and practised * 2 >= outlined and outlined >= QUESTIONS_WANTED,
        "Practise your answers aloud (Interview > Practise Likely Questions).",
    )
    needs_work = [q for q in outlined_questions if q.get("rating") == "needs_work"]
    if needs_work:
        check(
            "expect",
            78,
            False,
            f"Practise again the answer you rated “needs work”: {needs_work[0].text('text')}",
        )

    # Impress again
    challenges = _count(items["challenge"], "challenge", "approach")
    check(
        "impress",
        50,
        challenges >= CHALLENGES_WANTED,
        f"Name {CHALLENGES_WANTED} challenges of the role and how you would meet them.",
    )
    check(
        "impress",
        70,
        _count(items["research"], "note") > 0,
        "Note something new about the company, team or products since round one.",
    )
    stories = _count(items["story"], "situation", "task", "action", "result")
    check(
        "impress",
        45,
        stories >= STORIES_WANTED,
        f"Prepare {STORIES_WANTED} stories in STAR form ({stories} complete so far).",
    )
    asks = sum(1 for a in items["ask"] if a.text("text") and not a.get("asked_before"))
    check(
        "impress",
        35,
        asks >= ASKS_WANTED,
        f"Prepare at least {ASKS_WANTED} new questions to ask them ({asks} so far).",
    )
    checklist("impress", 95, "day_check", "Tick off the checklist for the day", "Plan the day.")

    # Reinforce positives
    check(
        "reinforce",
        55,
        _count(items["strength"], "what", "build_on") > 0,
        "Note a strength that landed in round one and how you will build on it.",
    )
    concerns = [c for c in items["concern"] if c.text("concern")]
    unplanned_concerns = [c for c in concerns if not c.text("plan")]
    check(
        "reinforce",
        25,
        bool(concerns) and not unplanned_concerns,
        f"Plan how you will ease this concern: {unplanned_concerns[0].text('concern')}"
        if unplanned_concerns
        else "Note any weak answer, gap or doubt from round one, with a plan to ease it.",
    )
    not_ready = [c for c in concerns if c.get("state") != "ready"]
    check(
        "reinforce",
        85,
        bool(concerns) and not not_ready,
        "Mark each concern ready once you can answer it with evidence.",
    )
    check(
        "reinforce",
        60,
        _count(items["told"], "what") > 0,
        "Note what you told them in round one (salary, notice period, figures).",
    )
    messages = sum(1 for name in KEY_MESSAGE_FIELDS if interview.prep_text(name))
    check(
        "reinforce",
        15,
        messages == len(KEY_MESSAGE_FIELDS),
        f"Write your three key messages ({messages} of 3 so far).",
    )

    # Be likeable
    named = [p for p in people if p.text("name")]
    unconnected = [p for p in named if not (p.text("common_ground") or p.text("connect"))]
    check(
        "likeable",
        65,
        bool(named) and not unconnected,
        f"Find common ground with {_person_name(unconnected[0])}."
        if unconnected
        else "Add the people you will meet, then how you will connect with each.",
    )
    check("likeable", 75, bool(interview.prep_text("why_team")), "Write why you want this team.")
    check(
        "likeable",
        80,
        bool(interview.prep_text("motivation")),
        "Write what motivates you in this work.",
    )
    checklist(
        "likeable",
        98,
        "presence_check",
        "Go through the presence checklist",
        "Plan your presence on the day.",
    )
    if now is not None:
        from planner.core.followup import follow_up_step, is_over

        if is_over(interview, now):
            return Readiness(tuple(checks), True, follow_up_step(interview, now))
    return Readiness(tuple(checks))
