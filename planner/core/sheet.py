"""What the prep sheet says: the content, its order and its priorities, without layout.

The one-page sheet is made of blocks of lines; every line has a priority, and when the
page is full the printer drops the lowest first, saying so. The full sheet, every note of
every tab, is planner.core.full_sheet. render/printing.py lays both out; nothing here
knows about Qt.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import NamedTuple

from planner.core.guidance import Guidance
from planner.core.items import ITEM_KINDS, Item
from planner.core.model import KEY_MESSAGE_FIELDS, TABS, Interview

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


def items_of(interview: Interview, kind: str) -> list[Item]:
    """The interview's items of a kind that hold some text (empty rows print nothing)."""
    spec = ITEM_KINDS[kind]
    return [item for item in interview.items[kind] if any(item.text(f.name) for f in spec.fields)]


def header_of(interview: Interview, now: datetime) -> tuple[str, str, str, str]:
    """Title, absolute date and time, "Printed on ...", place: never a relative date."""
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

    people = items_of(interview, "person")
    asks = [a for a in items_of(interview, "ask") if not a.get("asked_before") and a.text("text")]
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
            for c in items_of(interview, "concern")
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
            for q in items_of(interview, "question")
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
            for s in items_of(interview, "story")
        ],
    )
    block(
        "strengths",
        "Strengths to reinforce",
        [
            Line(shorten(s.text("what"), 120), shorten(s.text("build_on"), 160))
            for s in items_of(interview, "strength")
        ],
    )
    topics = ITEM_KINDS["told"].field("topic")
    block(
        "told",
        "What I told them in round one",
        [
            Line(shorten(t.text("what"), 160), label=topics.choice_label(t.get("topic")))
            for t in items_of(interview, "told")
        ],
    )
    # The day: only what is still to do (a ticked item is no help in the waiting room).
    block(
        "day",
        "Still to do for the day",
        [
            Line(shorten(c.text("text"), 120), done=False)
            for c in items_of(interview, "day_check")
            if not c.get("done")
        ],
    )
    title, when, printed, place = header_of(interview, now)
    return Sheet(shorten(title, 120), when, printed, shorten(place, 300), tuple(blocks))


TAB_TITLES = {tab.key: tab.title for tab in TABS}
