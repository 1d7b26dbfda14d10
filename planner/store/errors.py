"""The store's failures, in words a user can read, and what a failed open leaves behind."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path


class StoreError(Exception):
    """A storage failure, worded for the user."""


class NewerDatabaseError(StoreError):
    """The database was written by a newer version of the app."""


def disk_trouble(error: sqlite3.Error) -> bool:
    """A full disk (SQLITE_FULL) or a failed write or read (SQLITE_IOERR and its kinds,
    which is what a nearly full disk often gives: "disk I/O error")."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in (sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR):
        return True
    text = str(error).lower()
    return "full" in text or "disk i/o error" in text


def user_message(error: sqlite3.Error, prefix: str = "not saved: ") -> str:
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


def open_message(path: Path, error: sqlite3.Error) -> str:
    """Why the database at ``path`` cannot be opened, for the user."""
    if disk_trouble(error):
        return (
            f"cannot open the database in {path.parent}: the disk could not be read or "
            "written, most often because it is full; free some space there and try again"
        )
    return f"cannot open {path}: {user_message(error, '')}"


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
