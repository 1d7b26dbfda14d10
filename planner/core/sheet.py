"""What the prep sheet says: the content, its order and its priorities, without layout.

The one-page sheet is made of blocks of lines; every line has a priority, and when the
page is full the printer drops the lowest first, saying so. The full sheet holds every
note of every tab. render/printing.py lays both out; nothing here knows about Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple

from planner.core.countdown import countdown
from planner.core.guidance import Guidance
from planner.core.items import ITEM_KINDS, LONG_TEXT, Item
from planner.core.model import KEY_MESSAGE_FIELDS, PREP_FIELDS, TABS, Interview
from planner.core.richtext import html_to_text

ONE_PAGE_DETAIL_CHARS = 240
CONTINUED = "continued in the full sheet"


class Line(NamedTuple):
    text: str
    detail: str = ""
    label: str = ""  # shown in bold before the text
    done: bool | None = None  # a checklist line: ticked or not
    priority: int = 50  # higher stays longer on a full page


class Block(NamedTuple):
    key: str
    title: str
    lines: tuple[Line, ...]
    tab: str = ""


class Sheet(NamedTuple):
    title: str
    when: str
    countdown: str
    place: str
    blocks: tuple[Block, ...]
    full: bool = False
    dropped: int = 0  # lines left out to fit one page

    def without(self, dropped_lines: set[tuple[str, int]]) -> Sheet:
        """The sheet less some lines (block key, index), remembering how many went."""
        blocks = []
        for block in self.blocks:
            kept = tuple(
                line
                for index, line in enumerate(block.lines)
                if (block.key, index) not in dropped_lines
            )
            if kept:
                blocks.append(Block(block.key, block.title, kept, block.tab))
        return Sheet(
            self.title,
            self.when,
            self.countdown,
            self.place,
            tuple(blocks),
            self.full,
            self.dropped + len(dropped_lines),
        )

    def lines_by_priority(self) -> list[tuple[str, int]]:
        """Every line as (block key, index), the first to drop first."""
        ranked = [
            (line.priority, -index, block.key, index)
            for block in self.blocks
            for index, line in enumerate(block.lines)
        ]
        ranked.sort()
        return [(key, index) for _priority, _order, key, index in ranked]


def shorten(text: str, limit: int = ONE_PAGE_DETAIL_CHARS) -> str:
    """At most `limit` characters, cut at a word boundary and marked with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-") + "…"


def _items(interview: Interview, kind: str) -> list[Item]:
    spec = ITEM_KINDS[kind]
    return [item for item in interview.items[kind] if any(item.text(f.name) for f in spec.fields)]


def _header(interview: Interview, now: datetime) -> tuple[str, str, str, str]:
    when = interview.when_text() if interview.starts_at else "Date not set"
    words = countdown(interview.starts_at, now) if interview.starts_at else ""
    return interview.title, when, words[:1].upper() + words[1:], interview.location.strip()


def one_page(interview: Interview, guidance: Guidance, now: datetime) -> Sheet:
    """What matters on the day, most important first."""
    blocks: list[Block] = []

    def block(key: str, title: str, lines: list[Line]) -> None:
        if lines:
            blocks.append(Block(key, title, tuple(lines)))

    messages = [interview.prep_text(name) for name in KEY_MESSAGE_FIELDS]
    block(
        "key_messages",
        "Key messages",
        [Line(shorten(text), priority=100 - i) for i, text in enumerate(messages) if text],
    )
    people = []
    for index, person in enumerate(_items(interview, "person")):
        kind = person.get("kind")
        guide = guidance.people[kind]
        role = " · ".join(part for part in (guide.label, person.text("job_title")) if part)
        connect = person.text("connect") or person.text("common_ground")
        detail = f"Judges: {guide.judges}"
        if connect:
            detail += f" Connect: {connect}"
        name = person.text("name") or "(no name)"
        if person.text("pronunciation"):
            name += f" ({person.text('pronunciation')})"
        people.append(Line(role, shorten(detail), label=name, priority=95 - index))
    block("people", "Who you will meet", people)
    block(
        "concerns",
        "Concerns and your answers",
        [
            Line(
                shorten(c.text("concern"), 120),
                shorten(" ".join(p for p in (c.text("plan"), c.text("evidence")) if p)),
                priority=90 - i,
            )
            for i, c in enumerate(_items(interview, "concern"))
        ],
    )
    block(
        "asks",
        "Questions to ask",
        [
            Line(shorten(a.text("text"), 160), label=a.text("for_whom"), priority=85 - i)
            for i, a in enumerate(
                a for a in _items(interview, "ask") if not a.get("asked_before") and a.text("text")
            )
        ],
    )
    block(
        "strengths",
        "Strengths to reinforce",
        [
            Line(shorten(s.text("what"), 120), shorten(s.text("build_on")), priority=75 - i)
            for i, s in enumerate(_items(interview, "strength"))
        ],
    )
    topics = ITEM_KINDS["told"].field("topic")
    block(
        "told",
        "What I told them in round one",
        [
            Line(
                shorten(t.text("what"), 160),
                label=topics.choice_label(t.get("topic")),
                priority=70 - i,
            )
            for i, t in enumerate(_items(interview, "told"))
        ],
    )
    block(
        "day",
        "The day",
        [
            Line(shorten(c.text("text"), 120), done=bool(c.get("done")), priority=60 - i)
            for i, c in enumerate(_items(interview, "day_check"))
        ],
    )
    title, when, words, place = _header(interview, now)
    return Sheet(title, when, words, place, tuple(blocks))


def _field_lines(item: Item, names: list[str] | None = None) -> str:
    spec = ITEM_KINDS[item.kind]
    parts = []
    for field_spec in spec.fields:
        if names is not None and field_spec.name not in names:
            continue
        if field_spec.name in (spec.title_field, "bank_id"):
            continue
        value = item.get(field_spec.name)
        if isinstance(value, bool):
            if value:
                parts.append(field_spec.label)
        elif field_spec.choices:
            parts.append(f"{field_spec.label}: {field_spec.choice_label(value)}")
        elif isinstance(value, str) and value.strip():
            separator = "\n" if field_spec.type == LONG_TEXT else " "
            parts.append(f"{field_spec.label}:{separator}{value.strip()}")
    return "\n".join(parts)


@dataclass
class _FullBuilder:
    interview: Interview
    guidance: Guidance
    blocks: list[Block] = field(default_factory=list)

    def items(self, tab: str, key: str, kind: str) -> None:
        section = self.guidance.sections[key].title
        lines = []
        for item in _items(self.interview, kind):
            if ITEM_KINDS[kind].field(ITEM_KINDS[kind].title_field).choices:
                title = item.title
            else:
                title = item.text(ITEM_KINDS[kind].title_field) or item.title
            done = bool(item.get("done")) if kind.endswith("_check") else None
            lines.append(Line(title, _field_lines(item), done=done))
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
    for person in _items(interview, "person"):
        guide = guidance.people[person.get("kind")]
        detail = _field_lines(person, ["job_title", "met_before", "notes"])
        detail = f"{detail}\nJudges: {guide.judges}".strip()
        people.append(Line(guide.label, detail, label=person.text("name") or "(no name)"))
    if people:
        b.blocks.append(
            Block("expect:people", guidance.sections["people"].title, tuple(people), "expect")
        )
    expected = [a for a in _items(interview, "assessment") if a.get("expected")]
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
            _field_lines(p, ["pronunciation", "common_ground", "said_last_time", "connect"]),
        )
        for p in _items(interview, "person")
    ]
    rapport = [line for line in rapport if line.detail]
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
        for p in _items(interview, "person")
        if p.text("thank_you")
    ]
    if thanks:
        b.blocks.append(Block("likeable:thanks", "Thank-you notes", tuple(thanks), "likeable"))
    b.notes("likeable")
    title, when, words, place = _header(interview, now)
    return Sheet(title, when, words, place, tuple(b.blocks), full=True)


TAB_TITLES = {tab.key: tab.title for tab in TABS}
