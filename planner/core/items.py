"""The lists a candidate fills in, declared once: each kind of item and its fields.

The store validates writes against these specs, the export format writes them, and the
GUI builds its editors from them, so a new field is added here and nowhere else.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, NamedTuple

from planner.core.record import Record

TEXT = "text"  # one line
LONG_TEXT = "long_text"  # several lines
BOOL = "bool"
CHOICE = "choice"
DATE = "date"  # a calendar day, stored as YYYY-MM-DD, or "" when unset

EARLIEST_DATE_YEAR = 1970
LATEST_DATE_YEAR = 2199
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)


def parse_day(text: str) -> date | None:
    """The day a DATE field holds, or None when it is empty; ValueError if it is no day."""
    if text == "":
        return None
    match = _DATE.fullmatch(text)
    if match is None:
        raise ValueError("must be a date like 2026-12-03")
    day = date(*map(int, match.groups()))  # ValueError for 2026-02-30
    if not EARLIEST_DATE_YEAR <= day.year <= LATEST_DATE_YEAR:
        raise ValueError(f"the year must be between {EARLIEST_DATE_YEAR} and {LATEST_DATE_YEAR}")
    return day


TEXT_LIMIT = 2_000
LONG_TEXT_LIMIT = 100_000


def text_problem(value: str, limit: int) -> str | None:
    """What keeps a text from being stored (too long, lone surrogates), or None."""
    if len(value) > limit:
        return f"longer than {limit} characters"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "holds characters that cannot be stored"
    return None


class FieldSpec(NamedTuple):
    name: str
    label: str
    type: str = TEXT
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, label) for CHOICE
    placeholder: str = ""

    @property
    def default(self) -> Any:
        if self.type == BOOL:
            return False
        if self.type == CHOICE:
            return self.choices[0][0]
        return ""

    def choice_label(self, value: str) -> str:
        return dict(self.choices).get(value, value)

    def clean(self, value: Any) -> Any:
        """The value as stored, or ValueError saying what is wrong with it."""
        if self.type == BOOL:
            if not isinstance(value, bool):
                raise ValueError(f"{self.name}: must be true or false")
            return value
        if not isinstance(value, str):
            raise ValueError(f"{self.name}: must be text")
        if self.type == CHOICE:
            if value not in dict(self.choices):
                allowed = ", ".join(v for v, _ in self.choices)
                raise ValueError(f"{self.name}: must be one of {allowed}")
            return value
        if self.type == DATE:
            try:
                parse_day(value)
            except ValueError as error:
                raise ValueError(f"{self.name}: {error}") from None
            return value
        problem = text_problem(value, LONG_TEXT_LIMIT if self.type == LONG_TEXT else TEXT_LIMIT)
        if problem:
            raise ValueError(f"{self.name}: {problem}")
        return value


class ItemKind(NamedTuple):
    key: str
    singular: str
    plural: str
    fields: tuple[FieldSpec, ...]
    title_field: str  # the field that names an item in its list
    subtitle_fields: tuple[str, ...] = ()

    def field(self, name: str) -> FieldSpec:
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise ValueError(f"{self.key} has no field {name!r}")

    def blank(self) -> dict[str, Any]:
        return {spec.name: spec.default for spec in self.fields}

    def clean(self, data: dict[str, Any]) -> dict[str, Any]:
        """A complete record: known fields checked, missing ones defaulted."""
        unknown = sorted(set(data) - {spec.name for spec in self.fields})
        if unknown:
            raise ValueError(f"unknown field {unknown[0]!r}")
        record = self.blank()
        for name, value in data.items():
            record[name] = self.field(name).clean(value)
        return record


PERSON_KINDS: tuple[tuple[str, str], ...] = (
    ("hr", "HR manager"),
    ("line_manager", "Line manager"),
    ("senior", "Senior decision maker"),
    ("colleague", "Future colleague"),
    ("other", "Other"),
)
QUESTION_FOR: tuple[tuple[str, str], ...] = (("any", "Anyone"), *PERSON_KINDS[:4])
ASSESSMENT_TYPES: tuple[tuple[str, str], ...] = (
    ("technical", "Technical test"),
    ("psychometric", "Psychometric profiling"),
    ("presentation", "Presentation or case study"),
    ("panel", "Panel interview"),
    ("team", "Meeting the team"),
    ("other", "Other"),
)
COMPETENCIES: tuple[tuple[str, str], ...] = (
    ("teamwork", "Teamwork"),
    ("pressure", "Under pressure"),
    ("motivation", "Motivation"),
    ("skill", "A job skill"),
    ("leadership", "Leadership"),
    ("problem", "Problem solving"),
)
RESEARCH_AREAS: tuple[tuple[str, str], ...] = (
    ("company", "Company"),
    ("team", "Team"),
    ("product", "Products and services"),
    ("market", "Market and competitors"),
    ("people", "People"),
)
TOLD_TOPICS: tuple[tuple[str, str], ...] = (
    ("figures", "Figures and results"),
    ("salary", "Salary expectation"),
    ("notice", "Notice period"),
    ("availability", "Availability"),
    ("story", "A story I used"),
    ("other", "Something else"),
)
CONCERN_STATES: tuple[tuple[str, str], ...] = (("open", "Open"), ("ready", "Ready"))
RATINGS: tuple[tuple[str, str], ...] = (
    ("", "Not rated yet"),
    ("confident", "Confident"),
    ("needs_work", "Needs work"),
)

_KINDS = (
    ItemKind(
        "person",
        "Person",
        "People you will meet",
        (
            FieldSpec("name", "Name", placeholder="Full name, as they introduce themselves"),
            FieldSpec("job_title", "Job title"),
            FieldSpec("kind", "Role in the decision", CHOICE, PERSON_KINDS),
            FieldSpec("met_before", "Met in round one", BOOL),
            FieldSpec("notes", "Notes", LONG_TEXT),
            FieldSpec("pronunciation", "How to say the name", placeholder="e.g. PREE-ya"),
            FieldSpec("common_ground", "Common ground", LONG_TEXT),
            FieldSpec("said_last_time", "What they said last time", LONG_TEXT),
            FieldSpec("connect", "How to connect", LONG_TEXT),
            FieldSpec("thank_you", "Thank-you note", LONG_TEXT),
            FieldSpec("thank_you_sent", "Thank-you sent on", DATE, placeholder="YYYY-MM-DD"),
        ),
        title_field="name",
        subtitle_fields=("kind", "job_title"),
    ),
    ItemKind(
        "assessment",
        "Assessment",
        "Assessments",
        (
            FieldSpec("type", "Assessment", CHOICE, ASSESSMENT_TYPES),
            FieldSpec("expected", "Expected", BOOL),
            FieldSpec("plan", "Preparation plan", LONG_TEXT),
        ),
        title_field="type",
        subtitle_fields=("expected",),
    ),
    ItemKind(
        "question",
        "Likely question",
        "Likely questions",
        (
            FieldSpec("text", "Question", placeholder="What might they ask you?"),
            FieldSpec("asked_by", "Likely from", CHOICE, QUESTION_FOR),
            FieldSpec("outline", "Answer outline", LONG_TEXT),
            FieldSpec("practised", "Practised aloud", BOOL),
            FieldSpec("rating", "How it went", CHOICE, RATINGS),
            FieldSpec("bank_id", "Question bank entry"),
        ),
        title_field="text",
        subtitle_fields=("asked_by", "rating"),
    ),
    ItemKind(
        "challenge",
        "Challenge",
        "Challenges of the role",
        (
            FieldSpec("challenge", "Challenge", placeholder="What will be hard in this job?"),
            FieldSpec("approach", "How I would meet it", LONG_TEXT),
            FieldSpec("evidence", "Evidence I can do it", LONG_TEXT),
        ),
        title_field="challenge",
    ),
    ItemKind(
        "research",
        "Research note",
        "New since round one",
        (
            FieldSpec("area", "About", CHOICE, RESEARCH_AREAS),
            FieldSpec("note", "What I found", LONG_TEXT),
            FieldSpec("source", "Where I found it"),
        ),
        title_field="note",
        subtitle_fields=("area",),
    ),
    ItemKind(
        "story",
        "Story",
        "Stories (STAR)",
        (
            FieldSpec("title", "Title", placeholder="A short name for the story"),
            FieldSpec("competency", "Shows", CHOICE, COMPETENCIES),
            FieldSpec("skill", "Named skill", placeholder="e.g. SQL, negotiation"),
            FieldSpec("situation", "Situation", LONG_TEXT),
            FieldSpec("task", "Task", LONG_TEXT),
            FieldSpec("action", "Action", LONG_TEXT),
            FieldSpec("result", "Result", LONG_TEXT),
        ),
        title_field="title",
        subtitle_fields=("competency", "skill"),
    ),
    ItemKind(
        "ask",
        "Question to ask",
        "Questions to ask them",
        (
            FieldSpec("text", "Question"),
            FieldSpec("for_whom", "For whom"),
            FieldSpec("asked_before", "Already asked in round one", BOOL),
        ),
        title_field="text",
        subtitle_fields=("for_whom", "asked_before"),
    ),
    ItemKind(
        "day_check",
        "Item",
        "The day itself",
        (FieldSpec("text", "Item"), FieldSpec("done", "Done", BOOL)),
        title_field="text",
    ),
    ItemKind(
        "strength",
        "Strength",
        "Strengths that landed",
        (
            FieldSpec("what", "What landed well"),
            FieldSpec("with_whom", "With whom"),
            FieldSpec("build_on", "How I will build on it", LONG_TEXT),
        ),
        title_field="what",
        subtitle_fields=("with_whom",),
    ),
    ItemKind(
        "concern",
        "Concern",
        "Concerns to ease",
        (
            FieldSpec("concern", "Concern", placeholder="A weak answer, a gap, a doubt"),
            FieldSpec("plan", "My plan", LONG_TEXT),
            FieldSpec("evidence", "Evidence", LONG_TEXT),
            FieldSpec("state", "State", CHOICE, CONCERN_STATES),
        ),
        title_field="concern",
        subtitle_fields=("state",),
    ),
    ItemKind(
        "told",
        "Statement",
        "What I told them",
        (
            FieldSpec("topic", "Topic", CHOICE, TOLD_TOPICS),
            FieldSpec("what", "What I said", LONG_TEXT),
        ),
        title_field="what",
        subtitle_fields=("topic",),
    ),
    ItemKind(
        "presence_check",
        "Item",
        "Presence on the day",
        (FieldSpec("text", "Item"), FieldSpec("done", "Done", BOOL)),
        title_field="text",
    ),
)
ITEM_KINDS: dict[str, ItemKind] = {kind.key: kind for kind in _KINDS}


class Item(Record):
    """One entry of a list: its kind, and a value for each field of that kind."""

    FIELDS = ("kind", "data", "id")

    def __init__(self, kind: str, data: dict[str, Any] | None = None, id: int | None = None):
        self.kind = kind
        self.data = {**ITEM_KINDS[kind].blank(), **(data or {})}
        self.id = id

    def get(self, name: str) -> Any:
        return self.data.get(name)

    def text(self, name: str) -> str:
        value = self.data.get(name)
        return value.strip() if isinstance(value, str) else ""

    @property
    def title(self) -> str:
        spec = ITEM_KINDS[self.kind]
        title_spec = spec.field(spec.title_field)
        value = self.data.get(spec.title_field, "")
        if title_spec.type == CHOICE:
            return title_spec.choice_label(value)
        first_line = str(value).strip().splitlines()[0] if str(value).strip() else ""
        return first_line or f"New {spec.singular.lower()}"
