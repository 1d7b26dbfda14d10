"""What the prep sheet says: the content, its order and its priorities, without layout.

The one-page sheet is made of blocks of lines; every line has a priority, and when the
page is full the printer drops the lowest first, saying so. The full sheet holds every
note of every tab. render/printing.py lays both out; nothing here knows about Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple

from planner.core.guidance import Guidance
from planner.core.items import ITEM_KINDS, Item
from planner.core.model import KEY_MESSAGE_FIELDS, PREP_FIELDS, TABS, Interview
from planner.core.richtext import html_to_text

ONE_PAGE_DETAIL_CHARS = 240
CONTINUED = "continued in the full sheet"
CUES = 3  # the points of an answer outline shown on the one-page sheet
CUE_CHARS = 48
STAR_CHARS = 46  # a line of a column, about


class Line(NamedTuple):
    text: str
    detail: str = ""
    label: str = ""  # shown in bold before the text
    done: bool | None = None  # a checklist line: ticked or not
    priority: int = 50  # higher stays longer on a full page
    rows: tuple[tuple[str, str], ...] = ()  # (run-in label, text), each a line of its own
    aside: str = ""  # shown lighter after the label: a pronunciation, "practised"


class Block(NamedTuple):
    key: str
    title: str
    lines: tuple[Line, ...]
    tab: str = ""


class Sheet(NamedTuple):
    title: str
    when: str  # the absolute date and time: a sheet is read days after it is printed
    printed: str  # "Printed on Mon 30 Nov 2026"
    place: str
    blocks: tuple[Block, ...]
    full: bool = False
    dropped: int = 0  # lines left out to fit one page
    dropped_from: tuple[tuple[str, int], ...] = ()  # (block title, lines left out)

    def without(self, dropped_lines: set[tuple[str, int]]) -> Sheet:
        """The sheet less some lines (block key, index), remembering how many went, and
        from which blocks."""
        blocks = []
        counts = dict(self.dropped_from)
        for block in self.blocks:
            kept = tuple(
                line
                for index, line in enumerate(block.lines)
                if (block.key, index) not in dropped_lines
            )
            if kept:
                blocks.append(Block(block.key, block.title, kept, block.tab))
            if len(kept) < len(block.lines):
                counts[block.title] = counts.get(block.title, 0) + len(block.lines) - len(kept)
        return self._replace(
            blocks=tuple(blocks),
            dropped=self.dropped + len(dropped_lines),
            dropped_from=tuple(counts.items()),
        )

    def continued(self) -> str:
        """What the full sheet holds that this one left out, e.g. "3 more item(s) continued
        in the full sheet: Stories (STAR) 2, The day 1"."""
        if not self.dropped:
            return ""
        where = ", ".join(f"{title} {count}" for title, count in self.dropped_from)
        return f"{self.dropped} more item(s) {CONTINUED}" + (f": {where}" if where else "")

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


_BULLET = re.compile(r"^\s*(?:[-•*·–—>]+|\(?\d{1,2}[.)])(?:\s+|$)")  # "- ", "• ", "2. ", "(3) "
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[^\W_a-z])")


def cues(outline: str, count: int = CUES, limit: int = CUE_CHARS) -> list[str]:
    """The first points of an answer outline, short: its lines when it has several, else
    its sentences, each at most `limit` characters."""
    points = [_BULLET.sub("", line).strip() for line in outline.splitlines()]
    points = [point for point in points if point]
    if len(points) == 1:
        points = [part for part in _SENTENCE_END.split(points[0]) if part.strip()]
    return [shorten(point.rstrip(".;"), limit) for point in points[:count]]


def first_clause(text: str, limit: int = 80) -> str:
    """The text up to its first pause (colon, comma, full stop), short."""
    clause = re.split(r"[:;,.]\s", " ".join(text.split()) + " ", maxsplit=1)[0]
    return shorten(clause.rstrip(".:;, "), limit)


def _items(interview: Interview, kind: str) -> list[Item]:
    spec = ITEM_KINDS[kind]
    return [item for item in interview.items[kind] if any(item.text(f.name) for f in spec.fields)]


def _header(interview: Interview, now: datetime) -> tuple[str, str, str, str]:
    when = interview.when_text() if interview.starts_at else "Date not set"
    printed = f"Printed on {now:%a} {now.day} {now:%b %Y}"
    return interview.title, when, printed, interview.location.strip()


def _bracketed(text: str) -> str:
    return f"({text})" if text else ""


def _name_key(text: str) -> str:
    return " ".join(text.casefold().split())


def _for_person(ask: Item, people: list[Item]) -> Item | None:
    """The person a question to ask is for: its "for whom" is their name or first name."""
    whom = _name_key(ask.text("for_whom"))
    if not whom:
        return None
    for person in people:
        name = _name_key(person.text("name"))
        if name and whom in (name, name.split()[0]):
            return person
    return None


# What gives way first when the page is full: the day's checklist before everything; else
# a later item of a list before an earlier one, and, of items as far down their lists, one
# of a list lower here before one higher; the key messages stay last of all.
PRIORITY = {
    "key_messages": 200,
    "people": 95,
    "concerns": 90,
    "asks": 88,
    "questions": 85,
    "stories": 80,
    "strengths": 75,
    "told": 70,
    "day": 20,
}
STEP = 5  # each later item of a list, down to the tenth


def _rank(key: str, index: int) -> int:
    return PRIORITY[key] - (1 if key == "key_messages" else STEP) * min(index, 9)


def one_page(interview: Interview, guidance: Guidance, now: datetime) -> Sheet:
    """What matters on the day, most important first."""
    blocks: list[Block] = []

    def block(key: str, title: str, lines: list[Line]) -> None:
        if lines:
            ranked = [line._replace(priority=_rank(key, i)) for i, line in enumerate(lines)]
            blocks.append(Block(key, title, tuple(ranked)))

    messages = [interview.prep_text(name) for name in KEY_MESSAGE_FIELDS]
    block("key_messages", "Key messages", [Line(shorten(text)) for text in messages if text])

    people = _items(interview, "person")
    asks = [a for a in _items(interview, "ask") if not a.get("asked_before") and a.text("text")]
    asks_for: dict[int, list[str]] = {}
    for_anyone = []
    for ask in asks:
        person = _for_person(ask, people)
        if person is None:
            for_anyone.append(ask)
        else:
            asks_for.setdefault(id(person), []).append(shorten(ask.text("text"), 160))
    cards = []
    for person in people:
        guide = guidance.people[person.get("kind")]
        role = guide.label
        judges = first_clause(guide.judges)
        if judges and person.get("kind") != "other":
            role += f": {judges[:1].lower()}{judges[1:]}"
        rows = [("", role)]
        connect = person.text("connect") or person.text("common_ground")
        if connect:
            rows.append(("Connect first:", shorten(connect, 130)))
        rows += [("Ask:", text) for text in asks_for.get(id(person), [])]
        cards.append(
            Line(
                shorten(person.text("job_title"), 100),
                label=shorten(person.text("name"), 80) or "(no name)",
                aside=_bracketed(shorten(person.text("pronunciation"), 60)),
                rows=tuple(rows),
            )
        )
    block("people", "Who you will meet", cards)
    block(
        "concerns",
        "Concerns and your answers",
        [
            Line(
                shorten(c.text("concern"), 120),
                rows=(
                    (
                        "Answer:",
                        shorten(
                            " ".join(p for p in (c.text("plan"), c.text("evidence")) if p), 130
                        ),
                    ),
                )
                if c.text("plan") or c.text("evidence")
                else (),
            )
            for c in _items(interview, "concern")
        ],
    )
    block(
        "asks",
        "Questions to ask anyone",
        [
            Line(shorten(a.text("text"), 160), label=shorten(a.text("for_whom"), 40))
            for a in for_anyone
        ],
    )
    block(
        "questions",
        "Likely questions",
        [
            Line(
                shorten(q.text("text"), 160),
                aside="✓ practised" if q.get("practised") else "",
                rows=(("", " · ".join(points)),) if (points := cues(q.text("outline"))) else (),
            )
            for q in _items(interview, "question")
            if q.text("text")
        ],
    )
    competencies = ITEM_KINDS["story"].field("competency")
    block(
        "stories",
        "Stories (STAR)",
        [
            Line(
                shorten(s.text("title"), 100) or "(untitled story)",
                aside=_bracketed(
                    shorten(s.text("skill"), 60) or competencies.choice_label(s.get("competency"))
                ),
                rows=tuple(
                    (letter, shorten(s.text(name), STAR_CHARS))
                    for letter, name in (
                        ("S", "situation"),
                        ("T", "task"),
                        ("A", "action"),
                        ("R", "result"),
                    )
                    if s.text(name)
                ),
            )
            for s in _items(interview, "story")
        ],
    )
    block(
        "strengths",
        "Strengths to reinforce",
        [
            Line(shorten(s.text("what"), 120), shorten(s.text("build_on"), 160))
            for s in _items(interview, "strength")
        ],
    )
    topics = ITEM_KINDS["told"].field("topic")
    block(
        "told",
        "What I told them in round one",
        [
            Line(shorten(t.text("what"), 160), label=topics.choice_label(t.get("topic")))
            for t in _items(interview, "told")
        ],
    )
    # The day: only what is still to do (a ticked item is no help in the waiting room).
    block(
        "day",
        "Still to do for the day",
        [
            Line(shorten(c.text("text"), 120), done=False)
            for c in _items(interview, "day_check")
            if not c.get("done")
        ],
    )
    title, when, printed, place = _header(interview, now)
    return Sheet(shorten(title, 120), when, printed, shorten(place, 300), tuple(blocks))


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
        for item in _items(self.interview, kind):
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
    for person in _items(interview, "person"):
        guide = guidance.people[person.get("kind")]
        rows = _field_rows(person, ["job_title", "met_before", "notes"])
        rows += (("Judges:", guide.judges),)
        people.append(Line(guide.label, rows=rows, label=person.text("name") or "(no name)"))
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
            rows=_field_rows(p, ["pronunciation", "common_ground", "said_last_time", "connect"]),
        )
        for p in _items(interview, "person")
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
        for p in _items(interview, "person")
        if p.text("thank_you")
    ]
    if thanks:
        b.blocks.append(Block("likeable:thanks", "Thank-you notes", tuple(thanks), "likeable"))
    b.notes("likeable")
    title, when, printed, place = _header(interview, now)
    return Sheet(title, when, printed, place, tuple(b.blocks), full=True)


TAB_TITLES = {tab.key: tab.title for tab in TABS}
