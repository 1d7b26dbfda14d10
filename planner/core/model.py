"""The interview and its fields, as plain data."""

from __future__ import annotations

import enum
import re
from datetime import datetime
from typing import Any, NamedTuple

from planner.core.items import BOOL, DATE, ITEM_KINDS, LONG_TEXT, TEXT, FieldSpec, Item
from planner.core.record import Record


class Status(enum.StrEnum):
    """Where the candidate is with this interview."""

    PREPARING = "preparing"
    DONE = "done"
    OFFER = "offer"
    NOT_SELECTED = "not_selected"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    Status.PREPARING: "Preparing",
    Status.DONE: "Done",
    Status.OFFER: "Offer",
    Status.NOT_SELECTED: "Not selected",
}


class Tab(NamedTuple):
    key: str
    title: str


# The four tabs, in the order the window shows them. The key is what the
# database and the export format store; the title is what a user reads.
TABS: tuple[Tab, ...] = (
    Tab("expect", "What to expect"),
    Tab("impress", "Impress again"),
    Tab("reinforce", "Reinforce positives"),
    Tab("likeable", "Be likeable"),
)
TAB_KEYS: tuple[str, ...] = tuple(tab.key for tab in TABS)

# Header fields a user edits as text, with the longest value we accept.
TEXT_FIELDS: dict[str, int] = {
    "company": 200,
    "role": 200,
    "location": 2_000,
}
NOTES_MAX_CHARS = 10_000_000
# The dates an interview can have: wide enough for any real one, narrow enough that every
# value formats as YYYY-MM-DDTHH:MM and the date field can show it.
EARLIEST_YEAR = 1970
LATEST_YEAR = 2199

# The interview's own answers beyond the header: one value each, edited in the tabs.
PREP_FIELDS: dict[str, FieldSpec] = {
    spec.name: spec
    for spec in (
        FieldSpec("invite_senior", "To meet a senior decision maker", BOOL),
        FieldSpec("invite_colleague", "To meet a future colleague", BOOL),
        FieldSpec("invite_deeper", "To go deeper than round one", BOOL),
        FieldSpec("invite_note", "My own reading of why", LONG_TEXT),
        FieldSpec("key_message_1", "First key message", TEXT),
        FieldSpec("key_message_2", "Second key message", TEXT),
        FieldSpec("key_message_3", "Third key message", TEXT),
        FieldSpec("why_team", "Why this team", LONG_TEXT),
        FieldSpec("motivation", "What motivates me", LONG_TEXT),
        FieldSpec("managed_how", "How I like to be managed", LONG_TEXT),
        FieldSpec("debrief", "Debrief", LONG_TEXT),
        # After the interview: the follow-up (the outcome is the interview's status).
        FieldSpec("decision_date", "They will decide by", DATE, placeholder="YYYY-MM-DD"),
        FieldSpec("feedback", "Their feedback", LONG_TEXT),
        # The offer worksheet: one offer per interview, compared side by side.
        FieldSpec("offer_salary", "Salary"),
        FieldSpec("offer_bonus", "Bonus"),
        FieldSpec("offer_benefits", "Benefits", LONG_TEXT, placeholder="Pension, leave, health"),
        FieldSpec("offer_hybrid", "Hybrid days"),
        FieldSpec("offer_notice", "Notice period"),
        FieldSpec("offer_start", "Start date"),
        FieldSpec("offer_said_before", "What I said in round one", LONG_TEXT),
        FieldSpec("offer_target", "My target"),
        FieldSpec("offer_walk_away", "My walk-away figure"),
        FieldSpec("offer_clarify", "To clarify", LONG_TEXT),
    )
}
KEY_MESSAGE_FIELDS = ("key_message_1", "key_message_2", "key_message_3")
FOLLOW_UP_FIELDS = ("decision_date", "feedback")
OFFER_FIELDS = tuple(name for name in PREP_FIELDS if name.startswith("offer_"))

_STARTS_AT = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})T(\d{1,2}):(\d{1,2})", re.ASCII)


def moment_text(moment: datetime) -> str:
    """A date and time in words, e.g. "Thu 3 Dec 2026, 10:00"."""
    return f"{moment:%a} {moment.day} {moment:%b %Y}, {moment:%H:%M}"


def check_starts_at(value: datetime | None) -> datetime | None:
    """The value, or ValueError if no interview could be at that time."""
    if value is not None and not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise ValueError(f"the year must be between {EARLIEST_YEAR} and {LATEST_YEAR}")
    return value


def parse_starts_at(text: str | None) -> datetime | None:
    """Read the stored local date and time ("2026-12-03T10:00"), or None if unset."""
    if text is None or text == "":
        return None
    # A regular expression, not strptime: strptime's first call costs milliseconds at
    # start-up (it imports and compiles its own machinery), and every start reads dates.
    match = _STARTS_AT.fullmatch(text)
    if match is None:
        raise ValueError(f"{text!r} is not a date and time like 2026-12-03T10:00")
    return check_starts_at(datetime(*map(int, match.groups())))


def format_starts_at(value: datetime | None) -> str | None:
    if value is None:
        return None
    check_starts_at(value)
    return f"{value.year:04d}-{value.month:02d}-{value.day:02d}T{value.hour:02d}:{value.minute:02d}"


class Interview(Record):
    """One second interview: the header fields and a notes page per tab.

    ``notes`` maps a tab key to that tab's rich text (HTML as the editor wrote it).
    ``starts_at`` is local wall-clock time, as the invitation states it.
    """

    FIELDS = ("id", "company", "role", "starts_at", "location", "status", "notes", "prep", "items")

    def __init__(
        self,
        id: int | None = None,
        company: str = "",
        role: str = "",
        starts_at: datetime | None = None,
        location: str = "",
        status: Status = Status.PREPARING,
        notes: dict[str, str] | None = None,
        prep: dict[str, Any] | None = None,
        items: dict[str, list[Item]] | None = None,
    ) -> None:
        self.id = id
        self.company = company
        self.role = role
        self.starts_at = starts_at
        self.location = location
        self.status = status
        self.notes = dict.fromkeys(TAB_KEYS, "") if notes is None else notes
        self.prep = (
            {name: spec.default for name, spec in PREP_FIELDS.items()} if prep is None else prep
        )
        self.items = {kind: [] for kind in ITEM_KINDS} if items is None else items

    @property
    def people(self) -> list[Item]:
        return self.items["person"]

    def add(self, item_kind: str, /, **data: Any) -> Item:
        """Append a new item of this kind (used by imports, starters and tests)."""
        item = Item(item_kind, ITEM_KINDS[item_kind].clean(data))
        self.items[item_kind].append(item)
        return item

    def prep_text(self, name: str) -> str:
        value = self.prep.get(name, "")
        return value.strip() if isinstance(value, str) else ""

    @property
    def title(self) -> str:
        """How the interview is named in lists and dialogs."""
        company = self.company.strip()
        role = self.role.strip()
        if company and role:
            return f"{company} – {role}"
        return company or role or "Untitled interview"

    def when_text(self) -> str:
        """The date and time in words, e.g. "Thu 3 Dec 2026, 10:00"."""
        if self.starts_at is None:
            return "Date not set"
        return moment_text(self.starts_at)


class InterviewSummary(NamedTuple):
    """What the list of interviews needs, without the notes."""

    id: int
    company: str
    role: str
    starts_at: datetime | None
    status: Status

    def as_interview(self) -> Interview:
        return Interview(
            id=self.id,
            company=self.company,
            role=self.role,
            starts_at=self.starts_at,
            status=self.status,
        )
