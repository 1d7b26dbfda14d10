"""Backups leave nothing beside them (issue 12, item 12): a backup is one file, what a
backup that never finished left is removed by the next one, and nothing that belongs to a
finished backup, or to a backup under way, is touched."""

from __future__ import annotations

import os
import sqlite3
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from planner.core.model import Interview
from planner.store import Store
from planner.store import backups as backups_module
from planner.store.backups import (
    BackupError,
    backup_folder,
    is_sound,
    list_backups,
    make_backup,
    restore_into,
    thin,
)
from planner.store.database import DATABASE_NAME
from planner.store.startup import daily_backup

START = datetime(2027, 1, 4, 9, 0)


def files_in(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir()}


def backup_names(data_dir: Path) -> set[str]:
    return {backup.path.name for backup in list_backups(data_dir)}


def live_store(data_dir: Path) -> Store:
    store = Store.open_in(data_dir)
    store.create(Interview(company="Northwind", role="Analyst"))
    return store


def age(path: Path, hours: float) -> None:
    moment = time.time() - hours * 3600
    os.utime(path, (moment, moment), follow_symlinks=False)


def test_sixty_daily_backups_leave_the_kept_backups_and_nothing_else(data_dir):
    store = live_store(data_dir)  # the window holds the database open, in WAL mode
    try:
        for day in range(60):
            assert daily_backup(data_dir, START + timedelta(days=day)) is None
    finally:
        store.close()
    folder = backup_folder(data_dir)
    kept = backup_names(data_dir)
    assert len(kept) == 11  # 7 days and 4 weeks before: as the issue counted
    assert files_in(folder) == kept  # before: 120 orphans (-wal and -shm of every copy)
    for backup in list_backups(data_dir):
        assert is_sound(backup.path)
        with sqlite3.connect(backup.path) as conn:
            assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert files_in(folder) == kept  # checking them made nothing beside them either


def test_what_an_interrupted_backup_left_goes_with_the_next_one(data_dir):
    store = live_store(data_dir)
    folder = backup_folder(data_dir)
    try:
        first = make_backup(store._conn, data_dir, "daily", START)
        orphans = [
            folder / f".planner-20270105-090000-daily.sqlite3{middle}.part{suffix}"
            for middle in ("", ".k2x_9ab1")  # as older versions named it, and as now
            for suffix in ("", "-wal", "-shm", "-journal")
        ]
        under_way = folder / ".planner-20270106-090000-manual.sqlite3.part"  # another process
        belongs = [Path(f"{first.path}{suffix}") for suffix in ("-wal", "-shm", "-journal")]
        others = [folder / "notes.txt", folder / ".planner-x.sqlite3.part.kept"]
        for path in orphans + belongs + others + [under_way]:
            path.write_bytes(b"x")
            age(path, 2)
        age(under_way, 0.1)
        make_backup(store._conn, data_dir, "manual", START + timedelta(days=2))
    finally:
        store.close()
    left = files_in(folder)
    assert not {path.name for path in orphans} & left
    assert {path.name for path in belongs + others + [under_way]} <= left
    assert backup_names(data_dir) <= left and len(backup_names(data_dir)) == 2


@pytest.mark.parametrize("failure", ["check", "disk"])
def test_a_backup_that_fails_leaves_nothing(data_dir, monkeypatch, failure):
    store = live_store(data_dir)
    try:
        if failure == "check":
            monkeypatch.setattr(backups_module, "is_sound", lambda path: False)
        else:

            def full(path, mode):
                raise OSError(28, "No space left on device")

            monkeypatch.setattr(backups_module.os, "chmod", full)
        with pytest.raises(BackupError):
            make_backup(store._conn, data_dir, "manual", START)
    finally:
        store.close()
    assert files_in(backup_folder(data_dir)) == set()


def old_style_backup(data_dir: Path, moment: datetime) -> Path:
    """A backup as the versions before this one made it: in WAL mode, like the database."""
    folder = backup_folder(data_dir)
    folder.mkdir(exist_ok=True)
    path = folder / f"planner-{moment:%Y%m%d-%H%M%S}-daily.sqlite3"
    source = sqlite3.connect(data_dir / DATABASE_NAME)
    copy = sqlite3.connect(path)
    try:
        source.backup(copy)
    finally:
        copy.close()
        source.close()
    return path


def test_older_backups_in_wal_mode_are_read_without_leaving_files(data_dir):
    live_store(data_dir).close()
    old = old_style_backup(data_dir, START)
    folder = backup_folder(data_dir)
    assert is_sound(old)
    assert files_in(folder) == {old.name}
    store = Store.open_in(data_dir)
    try:
        restore_into(store._conn, old)
    finally:
        store.close()
    assert files_in(folder) == {old.name}


def test_a_thinned_backup_goes_with_the_files_beside_it(data_dir):
    live_store(data_dir).close()
    folder = backup_folder(data_dir)
    days = [old_style_backup(data_dir, START + timedelta(days=n)) for n in range(40)]
    for path in days:
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").write_bytes(b"")  # as an older version's check left them
    removed = thin(data_dir, START + timedelta(days=40))
    assert removed
    kept = backup_names(data_dir)
    assert files_in(folder) == kept | {f"{name}{s}" for name in kept for s in ("-wal", "-shm")}
