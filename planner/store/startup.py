"""Opening a data folder safely: check the database, set a damaged one aside, back up.

At start-up the database gets `PRAGMA quick_check` (the window runs it on a thread while it
loads its code: BackgroundCheck). A damaged file is renamed aside under
a dated name (never deleted) and a fresh database is started; the caller offers the newest
good backup. A backup is taken before any migration and once a day, then old ones thinned.
"""

from __future__ import annotations

import contextlib
import os
import threading
from datetime import datetime
from pathlib import Path

from planner.store.backups import (
    Backup,
    BackupError,
    CheckFailed,
    daily_due,
    is_sound,
    list_backups,
    make_backup,
    quick_check,
    thin,
)
from planner.store.database import DATABASE_NAME, Store
from planner.store.errors import missing_companions, open_message, remove_new_companions


class Opened:
    """The open store, where a damaged database was set aside, and what to tell the user."""

    def __init__(
        self, store: Store, damaged: Path | None = None, notices: list[str] | None = None
    ) -> None:
        self.store = store
        self.damaged = damaged  # where a damaged database now is
        self.notices = [] if notices is None else notices

    def good_backups(self, data_dir: Path) -> list[Backup]:
        return [b for b in list_backups(data_dir) if is_sound(b.path)]


def move_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename a damaged database (and its -wal and -shm) to a dated name beside it."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    serial = 1
    while target.exists():
        serial += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{serial}")
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            with contextlib.suppress(OSError):
                os.replace(companion, Path(f"{target}{suffix}"))
    os.replace(path, target)
    return target


def daily_backup(data_dir: Path, now: datetime | None = None) -> str | None:
    """Take the day's backup if none was taken today, then thin; the problem in words, if any.

    Opens its own connection, so that it can run on another thread while the window is
    in use (WAL lets it read while the app writes)."""
    import sqlite3

    if not daily_due(data_dir, now):
        return None
    try:
        conn = sqlite3.connect(Path(data_dir) / DATABASE_NAME)
        try:
            if conn.execute("SELECT count(*) FROM interview").fetchone()[0] == 0:
                return None
            make_backup(conn, data_dir, "daily", now)
        finally:
            conn.close()
        thin(data_dir, now)
    except (BackupError, sqlite3.Error) as error:
        return str(error)
    return None


def live_database_is_sound(path: Path) -> bool:
    """The start-up check: True when the database is sound or not made yet. Read-write, so
    that a crash's write-ahead log is recovered first; CheckFailed when it cannot be read."""
    return not path.exists() or quick_check(path, read_only=False)


class BackgroundCheck:
    """The start-up check of the live database, on a thread, while the caller does other
    work (the window imports its code meanwhile). SQLite lets go of Python's lock while it
    reads, so the check of a large database runs beside the start-up instead of before it.
    Start it only once this process holds the data folder's lock."""

    def __init__(self, data_dir: Path) -> None:
        self.path = Path(data_dir) / DATABASE_NAME
        self.new_companions = missing_companions(self.path)  # for a failed check to remove
        self._outcome: bool | BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="quick-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._outcome = live_database_is_sound(self.path)
        except BaseException as error:  # handed to the caller by sound()
            self._outcome = error

    def sound(self) -> bool:
        """Wait for the check: whether the database is sound (or absent). Whatever stopped
        the check is raised here, as if it had run inline; it never counts as damage."""
        self._thread.join()
        outcome = self._outcome
        if isinstance(outcome, BaseException):
            raise outcome
        if not isinstance(outcome, bool):  # cannot happen; never take it for damage
            raise CheckFailed(f"cannot check {self.path}")
        return outcome


def _check_failed_message(path: Path, error: CheckFailed) -> str:
    """The check's own words, or the store's for an SQLite error (a full disk, say)."""
    import sqlite3

    cause = error.__cause__ or error.__context__
    if isinstance(cause, sqlite3.Error):
        return open_message(path, cause)
    return str(error)


def open_data_folder(
    data_dir: Path,
    now: datetime | None = None,
    *,
    backup_now: bool = True,
    set_damaged_aside: bool = True,
    check: BackgroundCheck | None = None,
) -> Opened:
    """Check and open the folder's database. With backup_now=False the caller takes the
    day's backup itself (the window does, once it is on screen). With
    set_damaged_aside=False a damaged database is refused rather than moved (the command
    line leaves the recovery to the window). With check, the check already started is
    used rather than a new one."""
    from planner.store import StoreError

    data_dir = Path(data_dir)
    path = data_dir / DATABASE_NAME
    damaged = None
    new_companions = check.new_companions if check is not None else missing_companions(path)
    try:
        sound = check.sound() if check is not None else live_database_is_sound(path)
        if not sound:
            if not set_damaged_aside:
                raise StoreError(
                    f"the database {path} is damaged; open the app to recover it from a backup"
                )
            damaged = move_aside(path, now)
    except CheckFailed as error:
        remove_new_companions(new_companions)
        raise StoreError(_check_failed_message(path, error)) from None
    except OSError as error:  # the disk, not the file: never a reason to set it aside
        raise StoreError(f"cannot read {path}: {error.strerror or error}") from None
    notices: list[str] = []

    def backup_before_migration(conn) -> None:
        # A failed backup must not stop the upgrade silently: refuse to migrate.
        make_backup(conn, data_dir, "before-migration", now)

    try:
        store = Store.open(path, before_migration=backup_before_migration)
    except BackupError as error:
        raise StoreError(f"not upgrading the database without a backup: {error}") from None
    if backup_now:
        problem = daily_backup(data_dir, now)
        if problem:
            notices.append(problem)
    return Opened(store, damaged, notices)
