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


MIGRATIONS: tuple[Migration, ...] = (_v0_to_v1,)
SCHEMA_VERSION = len(MIGRATIONS)
