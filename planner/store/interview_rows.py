"""An interview's own rows (its header, its answers, its notes): adding, editing and
removing them. A part of Store, kept in its own file; every write is one transaction."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime

from planner.core.items import ITEM_KINDS
from planner.core.model import (
    NOTES_MAX_CHARS,
    PREP_FIELDS,
    TAB_KEYS,
    TEXT_FIELDS,
    Interview,
    Status,
    format_starts_at,
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _check_text(field: str, value: str) -> None:
    """A header text as the store takes it, or ValueError saying why not (never cut)."""
    limit = TEXT_FIELDS.get(field)
    if limit is None:
        raise ValueError(f"not a text field: {field}")
    if len(value) > limit:
        raise ValueError(f"{field}: longer than {limit} characters")


def _check_notes(html: str) -> None:
    if len(html) > NOTES_MAX_CHARS:
        raise ValueError(
            f"these notes are longer than {NOTES_MAX_CHARS:,} characters; "
            "split them or remove pasted images"
        )


class InterviewRows:
    """Store's methods for an interview's own rows: Store derives from it, and gives it
    ``_conn``, ``_writing()`` (one write transaction) and ``get(id)``."""

    _conn: sqlite3.Connection

    def create(self, interview: Interview | None = None) -> int:
        """Add an interview (a blank one by default) and return its id. An interview that
        has an id (a deleted one put back by undo) keeps it while it is still free."""
        with self._writing() as conn:
            return self._insert(conn, interview or Interview())

    def add_many(self, interviews: Iterable[Interview]) -> list[int]:
        """Add several interviews, all or none."""
        with self._writing() as conn:
            return [self._insert(conn, interview) for interview in interviews]

    def _insert(self, conn: sqlite3.Connection, interview: Interview) -> int:
        for name in TEXT_FIELDS:
            _check_text(name, getattr(interview, name))
        for html in interview.notes.values():
            _check_notes(html)
        interview_id = interview.id
        if (
            interview_id is not None
            and conn.execute("SELECT 1 FROM interview WHERE id = ?", (interview_id,)).fetchone()
        ):
            interview_id = None  # the old id went to a newer row meanwhile: take a new one
        now = _now()
        cursor = conn.execute(
            "INSERT INTO interview (id, company, role, starts_at, location, status, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                interview_id,  # None takes the next free id; undo puts back the old one
                interview.company,
                interview.role,
                format_starts_at(interview.starts_at),
                interview.location,
                Status(interview.status).value,
                now,
                now,
            ),
        )
        new_id = int(cursor.lastrowid)
        for name, spec in PREP_FIELDS.items():
            value = spec.clean(interview.prep.get(name, spec.default))
            if value != spec.default:
                # name comes from PREP_FIELDS, never from input.
                conn.execute(f"UPDATE interview SET {name} = ? WHERE id = ?", (value, new_id))
        for kind, items in interview.items.items():
            spec = ITEM_KINDS[kind]
            for position, item in enumerate(items):
                conn.execute(
                    "INSERT INTO item (id, interview_id, kind, position, data) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (
                        self._free_item_id(conn, item.id),
                        new_id,
                        kind,
                        position,
                        json.dumps(spec.clean(item.data)),
                    ),
                )
        for tab in TAB_KEYS:
            html = interview.notes.get(tab, "")
            if html:
                conn.execute(
                    "INSERT INTO tab_notes (interview_id, tab, html) VALUES (?, ?, ?)",
                    (new_id, tab, html),
                )
        return new_id

    def duplicate(self, interview_id: int) -> int:
        """Copy an interview with all its notes; the copy is marked as preparing."""
        original = self.get(interview_id)
        original.id = None
        for items in original.items.values():
            for item in items:
                item.id = None
        original.status = Status.PREPARING
        suffix = " (copy)"
        limit = TEXT_FIELDS["company"] - len(suffix)
        original.company = f"{original.company[:limit]}{suffix}".strip()
        return self.create(original)

    def set_text(self, interview_id: int, field: str, value: str) -> None:
        """Save one header text field (company, role or location)."""
        _check_text(field, value)
        self._update(interview_id, field, value)

    def set_starts_at(self, interview_id: int, value: datetime | None) -> None:
        self._update(interview_id, "starts_at", format_starts_at(value))  # checks the year

    def set_status(self, interview_id: int, status: Status) -> None:
        self._update(interview_id, "status", Status(status).value)

    def _update(self, interview_id: int, column: str, value: object) -> None:
        # column comes from our own fixed set of names, never from input.
        with self._writing() as conn:
            conn.execute(
                f"UPDATE interview SET {column} = ?, updated_at = ? WHERE id = ?",
                (value, _now(), interview_id),
            )

    def set_prep(self, interview_id: int, name: str, value: object) -> None:
        """Save one of the interview's own answers (see PREP_FIELDS)."""
        spec = PREP_FIELDS.get(name)
        if spec is None:
            raise ValueError(f"not a preparation field: {name}")
        self._update(interview_id, name, spec.clean(value))

    def _touch(self, conn: sqlite3.Connection, interview_id: int) -> None:
        conn.execute("UPDATE interview SET updated_at = ? WHERE id = ?", (_now(), interview_id))

    def set_notes(self, interview_id: int, tab: str, html: str) -> None:
        """Save one tab's notes."""
        if tab not in TAB_KEYS:
            raise ValueError(f"not a tab: {tab}")
        _check_notes(html)
        with self._writing() as conn:
            conn.execute(
                "INSERT INTO tab_notes (interview_id, tab, html) VALUES (?, ?, ?) "
                "ON CONFLICT (interview_id, tab) DO UPDATE SET html = excluded.html",
                (interview_id, tab, html),
            )
            conn.execute("UPDATE interview SET updated_at = ? WHERE id = ?", (_now(), interview_id))

    def delete(self, interview_id: int) -> None:
        with self._writing() as conn:
            conn.execute("DELETE FROM interview WHERE id = ?", (interview_id,))
