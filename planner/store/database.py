"""The store: one SQLite file, and the small interface the GUI and CLI call.

Every write is one explicit transaction. Failures of the file or the disk reach callers
as ``StoreError`` with a message a user can read; a value the store refuses (too long,
not a known field or choice) raises ``ValueError`` before anything is written.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from planner.core.items import BOOL, ITEM_KINDS, Item
from planner.core.model import (
    NOTES_MAX_CHARS,
    PREP_FIELDS,
    TAB_KEYS,
    TEXT_FIELDS,
    Interview,
    InterviewSummary,
    Status,
    format_starts_at,
    parse_starts_at,
)
from planner.store.schema import MIGRATIONS, SCHEMA_VERSION

DATABASE_NAME = "planner.sqlite3"


class StoreError(Exception):
    """A storage failure, worded for the user."""


class NewerDatabaseError(StoreError):
    """The database was written by a newer version of the app."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _disk_trouble(error: sqlite3.Error) -> bool:
    """A full disk (SQLITE_FULL) or a failed write or read (SQLITE_IOERR and its kinds,
    which is what a nearly full disk often gives: "disk I/O error")."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in (sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR):
        return True
    text = str(error).lower()
    return "full" in text or "disk i/o error" in text


def _user_message(error: sqlite3.Error, prefix: str = "not saved: ") -> str:
    text = str(error).lower()
    if "not a database" in text or "malformed" in text:
        return "the database file is damaged"
    if "full" in text:
        return f"{prefix}the disk is full"
    if "readonly" in text or "read-only" in text:
        return f"{prefix}the data folder is read-only"
    if "locked" in text or "busy" in text:
        return f"{prefix}the database is busy"
    return f"{prefix}{error}"


def _fits_sqlite(number: int) -> bool:
    """Whether SQLite can hold this id at all: a larger one names no row."""
    return -(2**63) <= number < 2**63


def open_message(path: Path, error: sqlite3.Error) -> str:
    """Why the database at ``path`` cannot be opened, for the user."""
    if _disk_trouble(error):
        return (
            f"cannot open the database in {path.parent}: the disk could not be read or "
            "written, most often because it is full; free some space there and try again"
        )
    return f"cannot open {path}: {_user_message(error, '')}"


def missing_companions(path: Path) -> list[Path]:
    """The -wal and -shm files of the database at ``path`` that do not exist now."""
    companions = [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm")]
    return [companion for companion in companions if not companion.exists()]


def remove_new_companions(paths: list[Path]) -> None:
    """Remove the -wal and -shm files that a failed open made (never ones that were there
    before it: another connection may use them). A -wal is removed only when empty (one
    that holds pages may be needed to finish a write); a -shm is only an index of it."""
    for leftover in paths:
        with contextlib.suppress(OSError):
            if leftover.name.endswith("-shm") or leftover.stat().st_size == 0:
                leftover.unlink()


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


class Store:
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
            raise StoreError(_user_message(error, "cannot read: ")) from None

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
            raise StoreError(_user_message(error)) from error

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

    def _items_of(self, interview_id: int, kind: str | None = None) -> list[Item]:
        query = "SELECT id, kind, data FROM item WHERE interview_id = ?"
        params: tuple = (interview_id,)
        if kind is not None:
            query += " AND kind = ?"
            params += (kind,)
        items = []
        for item_id, item_kind, data in self._conn.execute(
            query + " ORDER BY position, id", params
        ):
            if item_kind in ITEM_KINDS:  # rows of a kind this version does not know are kept
                items.append(Item(item_kind, json.loads(data), id=item_id))
        return items

    def items(self, interview_id: int, kind: str) -> list[Item]:
        return self._items_of(interview_id, kind)

    def item(self, item_id: int) -> Item:
        row = self._conn.execute("SELECT kind, data FROM item WHERE id = ?", (item_id,)).fetchone()
        if row is None:
            raise KeyError(item_id)
        return Item(row[0], json.loads(row[1]), id=item_id)

    def all_interviews(self) -> list[Interview]:
        return [self.get(summary.id) for summary in self.summaries()]

    def exists(self, interview_id: int) -> bool:
        if not _fits_sqlite(interview_id):  # sqlite3 would raise OverflowError
            return False
        row = self._conn.execute("SELECT 1 FROM interview WHERE id = ?", (interview_id,))
        return row.fetchone() is not None

    def count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM interview").fetchone()[0])

    # -- writing -------------------------------------------------------------

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

    @staticmethod
    def _free_item_id(conn: sqlite3.Connection, item_id: int | None) -> int | None:
        """The id, unless a newer item took it meanwhile (then None: a new one)."""
        if (
            item_id is not None
            and conn.execute("SELECT 1 FROM item WHERE id = ?", (item_id,)).fetchone()
        ):
            return None
        return item_id

    def restore_item(self, interview_id: int, item: Item, index: int) -> int:
        """Put a deleted item back at its old place in its list, under its old id if it
        is still free; returns the id it has now."""
        record = ITEM_KINDS[item.kind].clean(item.data)
        with self._writing() as conn:
            cursor = conn.execute(
                "INSERT INTO item (id, interview_id, kind, position, data) VALUES (?, ?, ?, ?, ?)",
                (
                    self._free_item_id(conn, item.id),
                    interview_id,
                    item.kind,
                    0,
                    json.dumps(record),
                ),
            )
            item_id = int(cursor.lastrowid)
            self._place_item(conn, interview_id, item.kind, item_id, index)
            return item_id

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

    # -- search --------------------------------------------------------------

    def search(self, query: str, limit: int = 500):
        """Every place the text appears (case-insensitive for ASCII letters), as Hits."""
        from planner.store.search import find

        return find(self._conn, query, limit)

    def add_item(self, interview_id: int, kind: str, data: dict | None = None) -> int:
        """Append an item to one of the interview's lists; return its id."""
        (item_id,) = self.add_items(interview_id, kind, [data or {}])
        return item_id

    def add_items(self, interview_id: int, kind: str, records: list[dict]) -> list[int]:
        """Append items to one of the interview's lists, all or none; return their ids."""
        cleaned = [ITEM_KINDS[kind].clean(data) for data in records]
        with self._writing() as conn:
            (position,) = conn.execute(
                "SELECT coalesce(max(position) + 1, 0) FROM item "
                "WHERE interview_id = ? AND kind = ?",
                (interview_id, kind),
            ).fetchone()
            ids = []
            for offset, record in enumerate(cleaned):
                cursor = conn.execute(
                    "INSERT INTO item (interview_id, kind, position, data) VALUES (?, ?, ?, ?)",
                    (interview_id, kind, position + offset, json.dumps(record)),
                )
                ids.append(int(cursor.lastrowid))
            self._touch(conn, interview_id)
            return ids

    def set_item_field(self, item_id: int, name: str, value: object) -> None:
        """Save one field of one item."""
        with self._writing() as conn:
            row = conn.execute(
                "SELECT interview_id, kind, data FROM item WHERE id = ?", (item_id,)
            ).fetchone()
            if row is None:
                return  # deleted meanwhile: nothing to save
            interview_id, kind, data = row
            record = json.loads(data)
            record[name] = ITEM_KINDS[kind].field(name).clean(value)
            conn.execute("UPDATE item SET data = ? WHERE id = ?", (json.dumps(record), item_id))
            self._touch(conn, interview_id)

    def delete_item(self, item_id: int) -> None:
        with self._writing() as conn:
            row = conn.execute("SELECT interview_id FROM item WHERE id = ?", (item_id,)).fetchone()
            conn.execute("DELETE FROM item WHERE id = ?", (item_id,))
            if row:
                self._touch(conn, row[0])

    def move_item(self, item_id: int, new_index: int) -> None:
        """Put an item at new_index within its list, shifting the others."""
        with self._writing() as conn:
            row = conn.execute(
                "SELECT interview_id, kind FROM item WHERE id = ?", (item_id,)
            ).fetchone()
            if row is None:
                return
            interview_id, kind = row
            self._place_item(conn, interview_id, kind, item_id, new_index)

    def _place_item(
        self, conn: sqlite3.Connection, interview_id: int, kind: str, item_id: int, index: int
    ) -> None:
        """Put the item at index within its list (clamped), numbering the list 0, 1, ..."""
        order = [
            row[0]
            for row in conn.execute(
                "SELECT id FROM item WHERE interview_id = ? AND kind = ? AND id != ? "
                "ORDER BY position, id",
                (interview_id, kind, item_id),
            )
        ]
        order.insert(max(0, min(index, len(order))), item_id)
        conn.executemany(
            "UPDATE item SET position = ? WHERE id = ?",
            [(position, each) for position, each in enumerate(order)],
        )
        self._touch(conn, interview_id)

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
