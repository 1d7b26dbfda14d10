"""The store: one SQLite file, and the small interface the GUI and CLI call.

Every write is one explicit transaction. Failures of the file or the disk reach callers
as ``StoreError`` with a message a user can read; a value the store refuses (too long,
not a known field or choice) raises ``ValueError`` before anything is written.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from planner.core.items import BOOL
from planner.core.model import (
    PREP_FIELDS,
    Interview,
    InterviewSummary,
    Status,
    parse_starts_at,
)
from planner.store.errors import (
    NewerDatabaseError,
    StoreError,
    missing_companions,
    open_message,
    remove_new_companions,
    user_message,
)
from planner.store.interview_rows import InterviewRows
from planner.store.item_rows import ItemRows
from planner.store.schema import MIGRATIONS, SCHEMA_VERSION

DATABASE_NAME = "planner.sqlite3"


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _fits_sqlite(number: int) -> bool:
    """Whether SQLite can hold this id at all: a larger one names no row."""
    return -(2**63) <= number < 2**63


def _date_or_none(text: str | None):
    """A stored date; one this version cannot read shows as unset rather than failing."""
    try:
        return parse_starts_at(text)
    except ValueError:
        return None


def _private(path: Path) -> None:
    """Keep a file readable by its owner only (a no-op where POSIX modes do not apply)."""
    with contextlib.suppress(OSError):
        if path.exists():
            os.chmod(path, 0o600)


class Store(InterviewRows, ItemRows):
    """The interviews of one data folder."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None) -> None:
        self._conn = conn
        self.path = path

    # -- opening -------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        read_only: bool = False,
        before_migration: Callable[[sqlite3.Connection], object] | None = None,
    ) -> Store:
        """Open (creating if needed) the database at ``path`` and migrate it.

        ``before_migration`` is called with the connection before an existing database is
        migrated (to back it up). ``read_only`` opens through a read-only URI, as a
        folder that cannot be written would; the store then refuses to open.
        """
        path = Path(path)
        new_companions = missing_companions(path)
        try:
            if read_only:
                conn = sqlite3.connect(
                    f"file:{path}?mode=ro",
                    uri=True,
                    isolation_level=None,
                    check_same_thread=False,
                )
            else:
                conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as error:
            raise StoreError(open_message(path, error)) from error
        store = cls(conn, path)
        try:
            store._refuse_newer()
            store._configure()
            store._check_writable()
            if before_migration is not None and 0 < store.schema_version() < SCHEMA_VERSION:
                before_migration(conn)
            store._migrate()
        except sqlite3.Error as error:
            conn.close()
            remove_new_companions(new_companions)
            raise StoreError(open_message(path, error)) from error
        except StoreError:
            conn.close()
            remove_new_companions(new_companions)
            raise
        for suffix in ("", "-wal", "-shm"):
            _private(Path(f"{path}{suffix}"))
        return store

    @classmethod
    def open_in(cls, data_dir: Path | str) -> Store:
        return cls.open(Path(data_dir) / DATABASE_NAME)

    @classmethod
    def in_memory(cls) -> Store:
        conn = sqlite3.connect(":memory:", isolation_level=None)
        store = cls(conn, None)
        store._configure()
        store._migrate()
        return store

    def _refuse_newer(self) -> None:
        """Before anything writes to the file: leave a newer app's database untouched."""
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            raise NewerDatabaseError(
                f"{self.path} was made by a newer version of Second Interview Planner "
                f"(schema {version}, this version knows {SCHEMA_VERSION}); please update"
            )

    def _configure(self) -> None:
        conn = self._conn
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        # Deleted text is overwritten, not left in free pages of the file.
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA busy_timeout = 2000")

    def _check_writable(self) -> None:
        """Fail now, in words, rather than at the first keystroke's save."""
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            version = self.schema_version()
            self._conn.execute(f"PRAGMA user_version = {int(version)}")
        finally:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")

    def _migrate(self) -> None:
        self._refuse_newer()
        while self.schema_version() < SCHEMA_VERSION:
            with self._transaction():
                # Read again under the write lock: another process may have migrated.
                version = self.schema_version()
                if version >= SCHEMA_VERSION:
                    break
                MIGRATIONS[version](self._conn)
                # PRAGMA takes no parameters; the version is our own integer.
                self._conn.execute(f"PRAGMA user_version = {int(version) + 1}")

    def schema_version(self) -> int:
        return int(self._conn.execute("PRAGMA user_version").fetchone()[0])

    def data_version(self) -> int:
        """A number that changes when another connection (another program: the command
        line's import, say) commits to the database; never for this store's own writes."""
        try:
            return int(self._conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error as error:
            raise StoreError(user_message(error, "cannot read: ")) from None

    def close(self) -> None:
        self._conn.close()

    # -- backups ---------------------------------------------------------------

    def backup(self, data_dir: Path, reason: str = "manual"):
        """A checked copy of the database in data_dir/backups (see backups.py)."""
        from planner.store.backups import make_backup

        return make_backup(self._conn, data_dir, reason)

    def restore(self, backup_path: Path, data_dir: Path) -> None:
        """Replace every interview with a backup's, after backing up the current state."""
        from planner.store.backups import restore_into

        self.backup(data_dir, "before-restore")
        restore_into(self._conn, backup_path)
        self._migrate()  # a backup from before an upgrade is brought up to date

    # -- transactions --------------------------------------------------------

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            # SQLite may already have rolled back by itself (a full disk, for one); a
            # failed COMMIT leaves the transaction open, and it must not stay so.
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    @contextlib.contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """A write transaction whose failures reach the caller as StoreError."""
        try:
            with self._transaction() as conn:
                yield conn
        except sqlite3.Error as error:
            raise StoreError(user_message(error)) from error

    # -- reading -------------------------------------------------------------

    def summaries(self) -> list[InterviewSummary]:
        """Every interview, soonest first; those without a date last."""
        rows = self._conn.execute(
            "SELECT id, company, role, starts_at, status FROM interview "
            "ORDER BY starts_at IS NULL, starts_at, id"
        ).fetchall()
        return [
            InterviewSummary(row[0], row[1], row[2], _date_or_none(row[3]), Status(row[4]))
            for row in rows
        ]

    def get(self, interview_id: int) -> Interview:
        if not _fits_sqlite(interview_id):
            raise KeyError(interview_id)
        prep_columns = ", ".join(PREP_FIELDS)
        row = self._conn.execute(
            f"SELECT id, company, role, starts_at, location, status, {prep_columns} "
            "FROM interview WHERE id = ?",
            (interview_id,),
        ).fetchone()
        if row is None:
            raise KeyError(interview_id)
        interview = Interview(
            id=row[0],
            company=row[1],
            role=row[2],
            starts_at=_date_or_none(row[3]),
            location=row[4],
            status=Status(row[5]),
        )
        for (name, spec), value in zip(PREP_FIELDS.items(), row[6:], strict=True):
            interview.prep[name] = bool(value) if spec.type == BOOL else value
        for tab, html in self._conn.execute(
            "SELECT tab, html FROM tab_notes WHERE interview_id = ?", (interview_id,)
        ):
            interview.notes[tab] = html
        for item in self._items_of(interview_id):
            interview.items[item.kind].append(item)
        return interview

    def all_interviews(self) -> list[Interview]:
        return [self.get(summary.id) for summary in self.summaries()]

    def exists(self, interview_id: int) -> bool:
        if not _fits_sqlite(interview_id):  # sqlite3 would raise OverflowError
            return False
        row = self._conn.execute("SELECT 1 FROM interview WHERE id = ?", (interview_id,))
        return row.fetchone() is not None

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM interview").fetchone()[0])

    # -- search --------------------------------------------------------------

    def search(self, query: str, limit: int = 500):
        """Every place the text appears (case-insensitive for ASCII letters), as Hits."""
        from planner.store.search import find

        return find(self._conn, query, limit)
