"""The database schema and its ordered migrations.

The schema version lives in ``PRAGMA user_version``. ``MIGRATIONS[n]`` takes a
database from version ``n`` to ``n + 1``; each runs inside one transaction
together with the version bump, so a failed migration changes nothing.
Never edit a migration that has shipped: add a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]


def _v0_to_v1(conn: sqlite3.Connection) -> None:
    """The foundation: interviews with a header and one notes page per tab."""
    conn.execute(
        """
        CREATE TABLE interview (
            id          INTEGER PRIMARY KEY,
            company     TEXT NOT NULL DEFAULT '',
            role        TEXT NOT NULL DEFAULT '',
            starts_at   TEXT,               -- local time, 'YYYY-MM-DDTHH:MM', NULL if unset
            location    TEXT NOT NULL DEFAULT '',
            status      TEXT NOT NULL DEFAULT 'preparing'
                        CHECK (status IN ('preparing', 'done', 'offer', 'not_selected')),
            created_at  TEXT NOT NULL,      -- UTC, ISO 8601
            updated_at  TEXT NOT NULL       -- UTC, ISO 8601
        )
        """
    )
    conn.execute(
        """
        CREATE TABLE tab_notes (
            interview_id INTEGER NOT NULL REFERENCES interview(id) ON DELETE CASCADE,
            tab          TEXT NOT NULL
                         CHECK (tab IN ('expect', 'impress', 'reinforce', 'likeable')),
            html         TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (interview_id, tab)
        ) WITHOUT ROWID
        """
    )
    conn.execute("CREATE INDEX interview_by_date ON interview (starts_at)")


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    """The four tabs: the interview's own answers, and every list as rows of `item`.

    The foundation's notes pages stay in tab_notes: each tab keeps them as its notes.
    """
    for column in ("invite_senior", "invite_colleague", "invite_deeper"):
        conn.execute(
            f"ALTER TABLE interview ADD COLUMN {column} INTEGER NOT NULL DEFAULT 0 "
            f"CHECK ({column} IN (0, 1))"
        )
    for column in (
        "invite_note",
        "key_message_1",
        "key_message_2",
        "key_message_3",
        "why_team",
        "motivation",
        "managed_how",
        "debrief",
    ):
        conn.execute(f"ALTER TABLE interview ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
    conn.execute(
        """
        CREATE TABLE item (
            id           INTEGER PRIMARY KEY,
            interview_id INTEGER NOT NULL REFERENCES interview(id) ON DELETE CASCADE,
            kind         TEXT NOT NULL,     -- a key of planner.core.items.ITEM_KINDS
            position     INTEGER NOT NULL,  -- order within (interview, kind)
            data         TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(data))
        )
        """
    )
    conn.execute("CREATE INDEX item_by_interview ON item (interview_id, kind, position)")


def _v2_to_v3(conn: sqlite3.Connection) -> None:
    """Notes keep only the rich text the editor makes (planner.core.richtext).

    Earlier versions kept an imported note's markup as it came: images, links and style
    sheets that the window then tried to load (from a device or a pipe, it never
    started). No schema change: every note is reduced once."""
    from planner.core.richtext import clean_html

    rows = conn.execute("SELECT interview_id, tab, html FROM tab_notes").fetchall()
    for interview_id, tab, html in rows:
        cleaned = clean_html(html)
        if cleaned != html:
            conn.execute(
                "UPDATE tab_notes SET html = ? WHERE interview_id = ? AND tab = ?",
                (cleaned, interview_id, tab),
            )


def _v3_to_v4(conn: sqlite3.Connection) -> None:
    """After the interview: the follow-up (when they will decide, their feedback; the
    outcome is the status) and the offer worksheet, as the interview's own answers; each
    person gains the day the thank-you was sent ("" until it is).

    A column already there is kept (a file whose version number was set back by hand)."""
    present = {row[1] for row in conn.execute("PRAGMA table_info(interview)")}
    for column in (
        "decision_date",
        "feedback",
        "offer_salary",
        "offer_bonus",
        "offer_benefits",
        "offer_hybrid",
        "offer_notice",
        "offer_start",
        "offer_said_before",
        "offer_target",
        "offer_walk_away",
        "offer_clarify",
    ):
        if column not in present:
            conn.execute(f"ALTER TABLE interview ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")
    conn.execute(
        "UPDATE item SET data = json_set(data, '$.thank_you_sent', '') "
        "WHERE kind = 'person' AND json_type(data, '$.thank_you_sent') IS NULL"
    )


MIGRATIONS: tuple[Migration, ...] = (_v0_to_v1, _v1_to_v2, _v2_to_v3, _v3_to_v4)
SCHEMA_VERSION = len(MIGRATIONS)
