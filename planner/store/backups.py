"""Backups of the database: taken with SQLite's backup API, checked, and thinned.

A backup is written to a temporary file, checked with quick_check, synced and only then
renamed into place, so a backup that exists is a whole, sound database. They live in
`backups/` inside the data folder, readable by the owner only. A backup is one file: no
write-ahead log or shared-memory file is made beside it, and what a backup that never
finished left behind is removed by the next one.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import NamedTuple

BACKUP_FOLDER = "backups"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
_NAME = re.compile(r"^planner-(\d{8}-\d{6})(?:-(\d+))?-([a-z-]+)\.sqlite3$")
# The files SQLite may make beside a database file.
COMPANIONS = ("-wal", "-shm", "-journal")
# A backup's temporary copy, ".<backup's name>.<random>.part" (".<backup's name>.part"
# in earlier versions), and the files SQLite made beside it.
_TEMPORARY = re.compile(
    r"^\.planner-[0-9a-z-]+\.sqlite3\.(?:[0-9a-z_]+\.)?part(?:-wal|-shm|-journal)?$"
)
# Left by a backup that never finished once this old; a younger one may be another
# process's backup under way (the command line beside the window).
ORPHAN_AGE = timedelta(hours=1)

REASONS = {
    "daily": "daily",
    "before-migration": "before an upgrade",
    "before-restore": "before a restore",
    "manual": "made by hand",
}


class BackupError(Exception):
    """A backup could not be made or restored; the message says why."""


class Backup(NamedTuple):
    path: Path
    taken_at: datetime
    reason: str

    @property
    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0

    @property
    def reason_text(self) -> str:
        return REASONS.get(self.reason, self.reason)


def _sync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class CheckFailed(Exception):
    """The file could not be checked at all (an I/O error, a lock): that is not damage."""


def quick_check(path: Path, *, read_only: bool = True) -> bool:
    """Whether the file is a sound SQLite database: False only when it is damaged.

    The live database is checked read-write (read_only=False): after a crash its write-ahead
    log must be recovered, which a read-only connection cannot do. When the file cannot be
    read for another reason (the disk, a lock, a size limit), CheckFailed is raised instead,
    so that a sound database is never set aside for an error of the machine's."""
    try:
        conn = _open_backup(path) if read_only else sqlite3.connect(path)
    except sqlite3.OperationalError as error:
        raise CheckFailed(f"cannot read {path}: {error}") from None
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        return rows == [("ok",)]
    except sqlite3.OperationalError as error:
        raise CheckFailed(f"cannot read {path}: {error}") from None
    except sqlite3.DatabaseError:  # "file is not a database", "malformed"
        return False
    finally:
        conn.close()


def _open_backup(path: Path) -> sqlite3.Connection:
    """A backup, opened to be read only and as a file nothing changes (immutable): SQLite
    then makes no file beside it, not even for a backup kept in write-ahead-log mode by
    an older version, and a name holding ? or # is read as a name."""
    return sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro&immutable=1", uri=True)


def _remove_with_companions(path: Path) -> None:
    for name in (str(path), *(f"{path}{suffix}" for suffix in COMPANIONS)):
        with contextlib.suppress(OSError):
            os.unlink(name)


def remove_orphans(folder: Path) -> list[Path]:
    """Remove what backups that never finished left (a crash, a full disk): temporary copies
    and the files SQLite made beside them, ORPHAN_AGE old or more. A finished backup and
    the files beside it are never touched: their names do not start with a dot."""
    oldest = time.time() - ORPHAN_AGE.total_seconds()
    removed = []
    with contextlib.suppress(OSError):
        for path in Path(folder).iterdir():
            if not _TEMPORARY.match(path.name):
                continue
            with contextlib.suppress(OSError):
                if path.lstat().st_mtime <= oldest:
                    path.unlink()
                    removed.append(path)
    return removed


def is_sound(path: Path) -> bool:
    """For backups: sound, and readable now."""
    try:
        return quick_check(path)
    except CheckFailed:
        return False


def backup_folder(data_dir: Path) -> Path:
    return Path(data_dir) / BACKUP_FOLDER


def make_backup(
    source: sqlite3.Connection, data_dir: Path, reason: str, now: datetime | None = None
) -> Backup:
    """Copy the database behind `source` into a new, checked backup file."""
    folder = backup_folder(data_dir)
    moment = now or datetime.now()
    stamp = moment.strftime("%Y%m%d-%H%M%S")
    temp = None
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        remove_orphans(folder)
        name = f"planner-{stamp}-{reason}.sqlite3"
        serial = 1
        while (folder / name).exists():
            serial += 1
            name = f"planner-{stamp}-{serial}-{reason}.sqlite3"
        target = folder / name
        # A name of its own: another process may be taking a backup in the same second.
        fd, temp_name = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=folder)
        os.close(fd)
        temp = Path(temp_name)
        copy = sqlite3.connect(temp)  # an empty file is an empty database
        try:
            source.backup(copy)
            # The copy takes the live database's write-ahead-log mode with its first page,
            # and a database in that mode, once opened (as the check below does), keeps a
            # -wal and a -shm file beside it, which the rename into place leaves behind.
            # A backup is one file: back to a rollback journal.
            mode = copy.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        finally:
            copy.close()
        if str(mode).lower() != "delete":
            raise BackupError(f"could not back up into {folder}: the copy stayed in WAL mode")
        os.chmod(temp, 0o600)
        if not is_sound(temp):
            raise BackupError("the backup copy did not pass its check")
        with open(temp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
        _sync_folder(folder)
    except (OSError, sqlite3.Error) as error:
        raise BackupError(f"could not back up into {folder}: {error}") from None
    finally:
        if temp is not None:  # after the rename, only what SQLite may have left beside it
            _remove_with_companions(temp)
    return Backup(target, moment.replace(microsecond=0), reason)


def list_backups(data_dir: Path) -> list[Backup]:
    """Every backup, the newest first."""
    folder = backup_folder(data_dir)
    found = []
    with contextlib.suppress(OSError):
        for path in folder.iterdir():
            match = _NAME.match(path.name)
            if match:
                taken = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
                found.append(Backup(path, taken, match.group(3)))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def has_backup_since(data_dir: Path, since: datetime) -> bool:
    return any(backup.taken_at >= since for backup in list_backups(data_dir))


def thin(data_dir: Path, now: datetime | None = None) -> list[Path]:
    """Keep the newest backup of each of the last 7 days that have one, and of each of the
    4 weeks before those; remove the rest. Returns what was removed."""
    backups = list_backups(data_dir)
    keep: set[Path] = set()
    days: list = []
    weeks: list = []
    for backup in backups:  # newest first
        day = backup.taken_at.date()
        if day not in days and len(days) < KEEP_DAILY:
            days.append(day)
            keep.add(backup.path)
            continue
        if day in days:
            continue
        week = backup.taken_at.isocalendar()[:2]
        if week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks.append(week)
            keep.add(backup.path)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            with contextlib.suppress(OSError):
                backup.path.unlink()
                removed.append(backup.path)
                # and what SQLite made beside it (an older version's backups, opened)
                for suffix in COMPANIONS:
                    Path(f"{backup.path}{suffix}").unlink(missing_ok=True)
    return removed


def restore_into(target: sqlite3.Connection, backup: Path) -> None:
    """Replace the live database's content with a backup's (through SQLite, WAL-safe)."""
    if not is_sound(backup):
        raise BackupError(f"{backup.name} is damaged and cannot be restored")
    try:
        source = _open_backup(backup)
        try:
            source.backup(target)
        finally:
            source.close()
    except sqlite3.Error as error:
        raise BackupError(f"could not restore {backup.name}: {error}") from None


def daily_due(data_dir: Path, now: datetime | None = None) -> bool:
    moment = now or datetime.now()
    start_of_day = datetime.combine(moment.date(), datetime.min.time())
    return not has_backup_since(data_dir, start_of_day)


ONE_DAY = timedelta(days=1)
