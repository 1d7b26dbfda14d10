"""Data-safety promises at the level of the store, files and commands (docs/data-safety.md)."""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.core.model import Interview
from planner.fileio import write_atomically
from planner.store import Store, StoreError
from planner.store.backups import list_backups, make_backup, quick_check, thin
from planner.store.database import DATABASE_NAME
from planner.store.startup import BackgroundCheck, open_data_folder
from planner.transfer import TransferError, import_from

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
NOW = datetime(2026, 11, 25, 9, 0)


def dump(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def filled_folder(folder: Path, interviews: int = 40, words: int = 400) -> Path:
    store = Store.open_in(folder)
    for number in range(interviews):
        interview = Interview(company=f"Company {number}", role="Analyst")
        interview.notes["expect"] = f"<p>{'note ' * words}{number}</p>"
        interview.add("story", title=f"story {number}", result="r" * 300)
        store.create(interview)
    store.close()
    return folder


# -- 3. corrupt database ------------------------------------------------------------


@pytest.mark.parametrize("on_a_thread", [False, True], ids=["inline", "on-a-thread"])
@pytest.mark.parametrize("damage", ["header", "middle"])
def test_a_damaged_database_is_set_aside_and_a_fresh_one_started(data_dir, damage, on_a_thread):
    filled_folder(data_dir)
    path = data_dir / DATABASE_NAME
    with open(path, "r+b") as handle:
        size = handle.seek(0, os.SEEK_END)
        if damage == "header":
            handle.seek(0)
            handle.write(b"\x00garbage" * 16)
        else:
            rng = random.Random(7)
            handle.seek(int(size * 0.4))
            handle.write(bytes(rng.randrange(256) for _ in range(int(size * 0.2))))
    damaged_bytes = path.read_bytes()
    assert not quick_check(path, read_only=False)

    check = BackgroundCheck(data_dir) if on_a_thread else None
    opened = open_data_folder(data_dir, NOW, check=check)
    try:
        assert opened.damaged is not None
        assert opened.damaged.name == "planner.sqlite3.damaged-20261125-090000"
        assert opened.damaged.read_bytes() == damaged_bytes  # moved, never deleted
        assert opened.store.count() == 0
    finally:
        opened.store.close()


@pytest.mark.parametrize("on_a_thread", [False, True], ids=["inline", "on-a-thread"])
def test_a_database_that_cannot_be_read_now_is_not_taken_for_damaged(
    data_dir, monkeypatch, on_a_thread
):
    filled_folder(data_dir, 2)
    real_connect = sqlite3.connect

    def failing(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(sqlite3, "connect", failing)
    with pytest.raises(StoreError, match="the disk could not be read or written"):
        check = BackgroundCheck(data_dir) if on_a_thread else None
        open_data_folder(data_dir, NOW, check=check)
    monkeypatch.setattr(sqlite3, "connect", real_connect)
    assert sorted(p.name for p in data_dir.iterdir() if "damaged" in p.name) == []


def test_a_database_with_a_crash_left_wal_is_not_taken_for_damaged(data_dir):
    store = Store.open_in(data_dir)
    store.create(Interview(company="Kept"))
    # Leave the write-ahead log as a killed process would: do not close the connection.
    shutil.copyfile(data_dir / DATABASE_NAME, data_dir / "copy.sqlite3")
    for suffix in ("-wal", "-shm"):
        source = Path(f"{data_dir / DATABASE_NAME}{suffix}")
        if source.exists():
            shutil.copyfile(source, Path(f"{data_dir / 'copy.sqlite3'}{suffix}"))
    assert quick_check(data_dir / "copy.sqlite3", read_only=False)
    store.close()


# -- 4. backups -------------------------------------------------------------------


def test_a_daily_backup_at_most_once_a_day_and_each_passes_quick_check(data_dir):
    filled_folder(data_dir, 3)
    for moment in (NOW, NOW + timedelta(hours=5), NOW + timedelta(days=1)):
        open_data_folder(data_dir, moment).store.close()
    backups = list_backups(data_dir)
    assert [b.taken_at for b in backups] == [NOW + timedelta(days=1), NOW]
    for backup in backups:
        assert quick_check(backup.path)
        assert stat.S_IMODE(backup.path.stat().st_mode) == 0o600
        copy = Store.open(backup.path, read_only=True) if False else sqlite3.connect(backup.path)
        assert copy.execute("SELECT count(*) FROM interview").fetchone()[0] == 3
        copy.close()


def test_a_backup_is_taken_before_a_migration(data_dir):
    shutil.copyfile(FIXTURES / "foundation-v1.sqlite3", data_dir / DATABASE_NAME)
    opened = open_data_folder(data_dir, NOW)
    opened.store.close()
    (before,) = [b for b in list_backups(data_dir) if b.reason == "before-migration"]
    conn = sqlite3.connect(before.path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1  # the old schema, kept
    conn.close()


def test_thinning_keeps_seven_days_and_four_weeks(data_dir):
    store = Store.open_in(data_dir)
    start = datetime(2026, 9, 1, 8, 0)
    for day in range(70):
        for hour in (0, 6):
            make_backup(store._conn, data_dir, "daily", start + timedelta(days=day, hours=hour))
    store.close()
    thin(data_dir)
    kept = list_backups(data_dir)
    assert len(kept) == 11
    newest = start + timedelta(days=69, hours=6)
    assert kept[0].taken_at == newest
    assert len({b.taken_at.date() for b in kept[:7]}) == 7
    assert len({b.taken_at.isocalendar()[:2] for b in kept[7:]}) == 4


def test_restoring_a_backup_backs_up_first_and_brings_the_data_back(data_dir):
    store = Store.open_in(data_dir)
    store.create(Interview(company="Original"))
    backup = store.backup(data_dir, "manual")
    store.create(Interview(company="Later"))
    store.restore(backup.path, data_dir)
    assert [s.company for s in store.summaries()] == ["Original"]
    (before_restore,) = [b for b in list_backups(data_dir) if b.reason == "before-restore"]
    conn = sqlite3.connect(before_restore.path)
    assert conn.execute("SELECT count(*) FROM interview").fetchone()[0] == 2
    conn.close()
    store.close()


# -- 2. disk full, short writes -----------------------------------------------------


class ShortWrites:
    """A file whose write() takes at most a few bytes at a time, as a nearly full disk may."""

    def __init__(self, handle, step):
        self.handle, self.step = handle, step

    def write(self, data):
        return self.handle.write(bytes(data[: self.step])) if self.step else 0

    def fileno(self):
        return self.handle.fileno()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.handle.close()


def test_short_writes_are_continued_and_a_stuck_write_fails(tmp_path, monkeypatch):
    real_fdopen = os.fdopen
    target = tmp_path / "out.bin"
    data = bytes(range(256)) * 40
    monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: ShortWrites(real_fdopen(fd, *a, **k), 7))
    write_atomically(target, data)
    assert target.read_bytes() == data
    target.write_bytes(b"older")
    monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: ShortWrites(real_fdopen(fd, *a, **k), 0))
    with pytest.raises(OSError, match="short write"):
        write_atomically(target, data)
    assert target.read_bytes() == b"older"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.bin"]


def _limit_file_size(limit: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG instead of being killed
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@pytest.mark.parametrize(
    "command",
    [
        ["export", "{out}.json"],
        ["sheet", "--interview", "1", "--full", "--pdf", "{out}.pdf"],
    ],
)
def test_a_file_size_limit_fails_cleanly_and_keeps_the_older_file(data_dir, tmp_path, command):
    store = Store.open_in(data_dir)
    big = Interview(company="Big", role="Analyst")
    rng = random.Random(3)
    for number in range(150):
        words = " ".join(f"w{rng.randrange(10**6)}" for _ in range(120))
        big.add("story", title=f"story {number}", situation=words, result=words[::-1])
    store.create(big)
    store.close()
    # Open once without a limit, so the limited run only has to write the output.
    open_data_folder(data_dir, NOW).store.close()
    out = tmp_path / "out"
    args = [arg.replace("{out}", str(out)) for arg in command]
    target = Path(args[1] if command[0] == "export" else args[-1])
    target.write_bytes(b"the older file")
    result = subprocess.run(
        [sys.executable, "-m", "planner", *args, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        preexec_fn=_limit_file_size(96 * 1024),  # above the 32 KB -shm, below the output
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 2, result.stderr
    assert "cannot write" in result.stderr
    assert "Traceback" not in result.stderr
    assert target.read_bytes() == b"the older file"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["data", target.name])


def test_a_full_disk_changes_nothing_in_the_database(store, data_dir):
    interview_id = store.create(Interview(company="Before"))
    before = dump(data_dir / DATABASE_NAME)
    page_count = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {page_count}")
    with pytest.raises(StoreError, match="disk is full"):
        store.set_notes(interview_id, "expect", "x" * 200_000)
    assert dump(data_dir / DATABASE_NAME) == before


# -- 7. hostile import, all or nothing ----------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=16,
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    payload=st.binary(max_size=400)
    | json_values.map(lambda v: json.dumps(v).encode())
    | st.lists(json_values, max_size=3).map(
        lambda items: json.dumps(
            {"format": "second-interview-planner", "format_version": 2, "interviews": items}
        ).encode()
    )
)
def test_any_import_either_succeeds_or_changes_nothing(tmp_path, payload):
    folder = tmp_path / f"d{abs(hash(payload)) % 10**9}"
    folder.mkdir(exist_ok=True)
    store = Store.open_in(folder)
    try:
        if store.count() == 0:
            store.create(Interview(company="Existing"))
        before = dump(folder / DATABASE_NAME)
        source = folder / "in.json"
        source.write_bytes(payload)
        try:
            import_from(store, source)
        except TransferError as error:
            assert "\n" not in str(error)
            assert dump(folder / DATABASE_NAME) == before
    finally:
        store.close()


# -- 8. privacy on disk ---------------------------------------------------------------


def test_every_file_is_private(tmp_path):
    folder = tmp_path / "data"
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from planner.cli import main; "
            "sys.exit(main(['import', sys.argv[1], '--data-dir', sys.argv[2]]))",
            str(ROOT / "resources" / "examples" / "example-interview.json"),
            str(folder),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.rglob("*") if p.is_file()}
    assert modes and all(mode == 0o600 for mode in modes.values()), modes


def test_the_wal_and_shm_files_are_private_while_in_use(tmp_path):
    script = """
import json, os, sys, stat
from pathlib import Path
from planner.cli import main
from planner.store import Store
os.umask(0o022)  # a permissive default, as many desktops have
main(["list", "--data-dir", sys.argv[1]])  # the app sets its own
store = Store.open_in(sys.argv[1])
store.create()  # the -wal and -shm exist while the database is in use
files = [p for p in Path(sys.argv[1]).iterdir() if p.is_file()]
print(json.dumps(sorted((p.name, oct(stat.S_IMODE(p.stat().st_mode))) for p in files)))
"""
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "d")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    listing = json.loads(result.stdout)
    names = {name for name, _ in listing}
    assert {"planner.sqlite3", "planner.sqlite3-wal", "planner.sqlite3-shm"} <= names
    assert all(mode == "0o600" for _, mode in listing), listing


def test_deleted_text_is_gone_from_the_files(data_dir):
    store = Store.open_in(data_dir)
    marker = "CONFIDENTIAL-SALARY-987654"
    keep = store.create(Interview(company="Keep"))
    doomed = store.create(Interview(company=marker))
    store.set_notes(doomed, "expect", f"<p>{marker * 50}</p>")
    store.add_item(doomed, "told", {"what": marker})
    store.delete(doomed)
    store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for path in data_dir.iterdir():
        if path.is_file():
            assert marker.encode() not in path.read_bytes(), path.name
    assert store.exists(keep)
    store.close()


def test_the_app_makes_no_network_connection(tmp_path):
    script = """
import os, socket, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
attempts = []
real_connect = socket.socket.connect
def record(self, address):
    if self.family != socket.AF_UNIX:
        attempts.append(address)
    return real_connect(self, address)
socket.socket.connect = record
socket.create_connection = lambda *a, **k: attempts.append(a) or (_ for _ in ()).throw(OSError())
from PySide6.QtWidgets import QApplication
app = QApplication([])
from planner.cli import main
folder = sys.argv[1]
main(["import", sys.argv[2], "--data-dir", folder])
main(["sheet", "--interview", "1", "--pdf", folder + "/s.pdf", "--data-dir", folder])
main(["calendar", "--interview", "1", "--ics", folder + "/c.ics", "--data-dir", folder])
from planner.gui.main_window import MainWindow
from planner.settings import Settings
from planner.store import Store
window = MainWindow(Store.open_in(folder), Settings.in_folder(folder), None)
window.show(); app.processEvents(); window.close()
suspects = ("urllib.request", "http.client", "ssl", "PySide6.QtNetworkAuth")
net = [m for m in suspects if m in sys.modules]
print(attempts, net)
"""
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            script,
            str(tmp_path),
            str(ROOT / "resources" / "examples" / "example-interview.json"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[] []"


# -- 9. read-only or missing folder ---------------------------------------------------


def test_a_read_only_database_is_refused_at_once_in_words(data_dir):
    Store.open_in(data_dir).close()
    with pytest.raises(
        StoreError, match=r"cannot open .*planner.sqlite3: the data folder is read-only"
    ):
        Store.open(data_dir / DATABASE_NAME, read_only=True)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to any folder; chmod cannot test it")
def test_a_read_only_folder_is_named_at_start(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "planner", "list", "--data-dir", str(folder)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=60,
        )
        assert result.returncode == 2
        assert str(folder) in result.stderr
    finally:
        folder.chmod(0o700)


def test_the_check_on_a_thread_passes_a_sound_database_and_an_absent_one(data_dir):
    assert BackgroundCheck(data_dir).sound()  # no database yet: a fresh one will start
    filled_folder(data_dir, 3)
    opened = open_data_folder(data_dir, NOW, check=BackgroundCheck(data_dir))
    try:
        assert opened.damaged is None
        assert opened.store.count() == 3
    finally:
        opened.store.close()


def test_an_unexpected_error_on_the_check_thread_is_raised_not_taken_for_damage(
    data_dir, monkeypatch
):
    """Whatever stops the check on its thread (here an I/O error of the operating system)
    reaches the caller as it would inline, as a StoreError the window shows in a sentence:
    the sound database is not moved aside."""
    import errno

    import planner.store.startup as startup

    filled_folder(data_dir, 2)

    def failing(path, *, read_only=True):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(startup, "quick_check", failing)
    with pytest.raises(StoreError, match=r"cannot read .*: Input/output error"):
        open_data_folder(data_dir, NOW, check=BackgroundCheck(data_dir))
    with pytest.raises(StoreError, match=r"cannot read .*: Input/output error"):
        open_data_folder(data_dir, NOW)
    assert sorted(p.name for p in data_dir.iterdir() if "damaged" in p.name) == []
