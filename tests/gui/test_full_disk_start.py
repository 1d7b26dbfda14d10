"""Starting on a full disk: a window that says so, where, and offers Retry and Quit.

Seen on main: the lock file could not be created, that was read as "already open in
another app", and the app exited 0 with no window at all."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

START_AND_ANSWER = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["PLANNER_BENCH_FIRST_PAINT"] = "1"  # quit once the window is painted
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from planner.gui.app import make_application, run_gui
folder, answer, filler = sys.argv[1], sys.argv[2], sys.argv[3]
app = make_application([])

def click():
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(20, click)
        return
    print("BOX:", box.windowTitle(), "|", box.text(), "|", box.informativeText(), flush=True)
    print("BUTTONS:", [b.text() for b in box.buttons()], flush=True)
    if answer == "Retry":
        os.unlink(filler)  # space is freed, as the box asks
    for button in box.buttons():
        if button.text() == answer:
            button.click()

QTimer.singleShot(0, click)
code = run_gui(folder, [])
print("EXIT:", code, flush=True)
"""


@pytest.fixture
def full_disk(tmp_path):
    """A small file system, filled to the last byte; its data folder exists already."""
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        pytest.skip("mounting a small file system needs Linux and root")
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    folder = mount_point / "data"
    folder.mkdir(mode=0o700)
    filler = mount_point / "filler"
    try:
        with open(filler, "wb") as handle:
            while True:
                handle.write(b"\0" * 4096)
                handle.flush()
    except OSError as error:
        assert error.errno == errno.ENOSPC
    yield folder, filler
    subprocess.run(["umount", "-l", str(mount_point)], check=False)


def start(folder: Path, answer: str, filler: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", START_AND_ANSWER, str(folder), answer, str(filler)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )


def test_a_full_disk_is_said_in_a_window_and_quit_changes_nothing(full_disk):
    folder, filler = full_disk
    result = start(folder, "Quit", filler)
    assert "EXIT: 2" in result.stdout, result.stdout + result.stderr
    box = next(line for line in result.stdout.splitlines() if line.startswith("BOX:"))
    assert "is full" in box and str(folder) in box
    assert "Free some space" in box
    assert "BUTTONS: ['Retry', 'Quit']" in result.stdout
    assert "already open" not in result.stdout + result.stderr
    assert "is full" in result.stderr  # the same words for whoever started it from a shell
    assert not (folder / "planner.sqlite3").exists()


def test_retry_after_freeing_space_opens_the_window(full_disk):
    folder, filler = full_disk
    result = start(folder, "Retry", filler)
    assert "first-paint" in result.stdout, result.stdout + result.stderr
    assert "EXIT: 0" in result.stdout
    assert (folder / "planner.sqlite3").exists()


def test_a_lock_held_by_another_app_is_not_taken_for_a_full_disk(qtbot, data_dir):
    from planner.gui.single_instance import SingleInstance

    first = SingleInstance(data_dir)
    assert first.acquire(listen=False)  # holds the lock, does not answer
    second = SingleInstance(data_dir)
    try:
        assert second.acquire() is False  # no LockUnavailable: the lock exists, it is held
        assert not second.raised_other
    finally:
        first.release()
