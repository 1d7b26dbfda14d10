"""The full prep sheet: every note of every tab, in the order of the tabs (no layout).

Each item's fields are rows with a run-in label; a ticked box is its label alone. The
one-page sheet, with its priorities, is planner.core.sheet; render/printing.py lays both
out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from planner.core.guidance import Guidance
from planner.core.items import ITEM_KINDS, Item
from planner.core.model import KEY_MESSAGE_FIELDS, PREP_FIELDS, Interview
from planner.core.richtext import html_to_text
from planner.core.sheet import Block, Line, Sheet, header_of, items_of


def _field_rows(item: Item, names: list[str] | None = None) -> tuple[tuple[str, str], ...]:
    """The item's fields but its title, each (label, value); a ticked box is its label
    alone, and a checklist's "done" is shown by its box, not as a line."""
    spec = ITEM_KINDS[item.kind]
    rows = []
    for field_spec in spec.fields:
        if names is not None and field_spec.name not in names:
            continue
        if field_spec.name in (spec.title_field, "bank_id", "done"):
            continue
        value = item.get(field_spec.name)
        if isinstance(value, bool):
            if value:
                rows.append(("", field_spec.label))
        elif field_spec.choices:
            rows.append((f"{field_spec.label}:", field_spec.choice_label(value)))
        elif isinstance(value, str) and value.strip():
            rows.append((f"{field_spec.label}:", value.strip()))
    return tuple(rows)


@dataclass
class _FullBuilder:
    interview: Interview
    guidance: Guidance
    blocks: list[Block] = field(default_factory=list)

    def items(self, tab: str, key: str, kind: str) -> None:
        section = self.guidance.sections[key].title
        lines = []
        for item in items_of(self.interview, kind):
            if ITEM_KINDS[kind].field(ITEM_KINDS[kind].title_field).choices:
                title = item.title
            else:
                title = item.text(ITEM_KINDS[kind].title_field) or item.title
            done = bool(item.get("done")) if kind.endswith("_check") else None
            lines.append(Line(title, rows=_field_rows(item), done=done))
        if lines:
            self.blocks.append(Block(f"{tab}:{key}", section, tuple(lines), tab))

    def text(self, tab: str, key: str, names: list[str]) -> None:
        lines = [
            Line(self.interview.prep_text(name), label=PREP_FIELDS[name].label)
            for name in names
            if self.interview.prep_text(name)
        ]
        if lines:
            self.blocks.append(
                Block(f"{tab}:{key}", self.guidance.sections[key].title, tuple(lines), tab)
            )

    def notes(self, tab: str) -> None:
        text = html_to_text(self.interview.notes.get(tab, ""))
        if text:
            title = self.guidance.sections["notes"].title
            self.blocks.append(Block(f"{tab}:notes", title, (Line(text),), tab))


def full(interview: Interview, guidance: Guidance, now: datetime) -> Sheet:
    """Every note of every tab, in the order of the tabs."""
    b = _FullBuilder(interview, guidance)
    reasons = [r.label for r in guidance.reasons if interview.prep.get(r.field)]
    reason_lines = [Line(label) for label in reasons]
    if interview.prep_text("invite_note"):
        reason_lines.append(
            Line(interview.prep_text("invite_note"), label=PREP_FIELDS["invite_note"].label)
        )
    if reason_lines:
        b.blocks.append(
            Block(
                "expect:reasons", guidance.sections["reasons"].title, tuple(reason_lines), "expect"
            )
        )
    people = []
    for person in items_of(interview, "person"):
        guide = guidance.people[person.get("kind")]
        rows = _field_rows(person, ["job_title", "met_before", "notes"])
        rows += (("Judges:", guide.judges),)
        people.append(Line(guide.label, rows=rows, label=person.text("name") or "(no name)"))
    if people:
        b.blocks.append(
            Block("expect:people", guidance.sections["people"].title, tuple(people), "expect")
        )
    expected = [a for a in items_of(interview, "assessment") if a.get("expected")]
    if expected:
        b.blocks.append(
            Block(
                "expect:assessments",
                guidance.sections["assessments"].title,
                tuple(Line(a.title, a.text("plan")) for a in expected),
                "expect",
            )
        )
    b.items("expect", "questions", "question")
    b.notes("expect")
    for key, kind in (
        ("challenges", "challenge"),
        ("research", "research"),
        ("stories", "story"),
        ("asks", "ask"),
        ("day", "day_check"),
    ):
        b.items("impress", key, kind)
    b.notes("impress")
    b.text("reinforce", "key_messages", list(KEY_MESSAGE_FIELDS))
    for key, kind in (("strengths", "strength"), ("concerns", "concern"), ("told", "told")):
        b.items("reinforce", key, kind)
    b.notes("reinforce")
    rapport = [
        Line(
            p.text("name") or "(no name)",
            rows=_field_rows(p, ["pronunciation", "common_ground", "said_last_time", "connect"]),
        )
        for p in items_of(interview, "person")
    ]
    rapport = [line for line in rapport if line.rows]
    if rapport:
        b.blocks.append(
            Block(
                "likeable:people",
                guidance.sections["person_rapport"].title,
                tuple(rapport),
                "likeable",
            )
        )
    b.text("likeable", "motivation", ["why_team", "motivation", "managed_how"])
    b.items("likeable", "presence", "presence_check")
    b.text("likeable", "after", ["debrief"])
    thanks = [
        Line(p.text("name") or "(no name)", p.text("thank_you"), label="Thank-you note to")
        for p in items_of(interview, "person")
        if p.text("thank_you")
    ]
    if thanks:
        b.blocks.append(Block("likeable:thanks", "Thank-you notes", tuple(thanks), "likeable"))
    b.notes("likeable")
    title, when, printed, place = header_of(interview, now)
    return Sheet(title, when, printed, place, tuple(b.blocks), full=True)
