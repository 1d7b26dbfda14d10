"""Data-safety promises as a user meets them in the window (docs/data-safety.md)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from planner.gui.single_instance import SingleInstance
from planner.store import Store
from planner.store.backups import list_backups
from planner.store.database import DATABASE_NAME
from planner.store.startup import open_data_folder
from tests.gui.conftest import answer_next_message_box

ROOT = Path(__file__).resolve().parents[2]

TYPE_AND_WAIT = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from planner.gui.main_window import MainWindow
from planner.settings import Settings
from planner.gui.single_instance import SingleInstance
from planner.store.startup import open_data_folder
folder = sys.argv[1]
instance = SingleInstance(folder)
assert instance.acquire()
window = MainWindow(open_data_folder(folder).store, Settings.in_folder(folder), folder)
window.show()
window.new_interview()
QTest.keyClicks(window.ui.companyEdit, "Typed before the crash")
window.ui.tabs.setCurrentIndex(2)
QTest.keyClicks(window.notes_editors["reinforce"], "precious words")
saved = []
window.autosaver.saved.connect(lambda: saved.append(1))
while not saved or window.autosaver.has_pending():
    app.processEvents()
    time.sleep(0.01)
print(window.save_state.text(), flush=True)
while True:
    app.processEvents()
    time.sleep(0.05)
"""


def start_the_window(data_dir: Path) -> subprocess.Popen:
    """The app started on data_dir (offscreen), its stderr readable."""
    return subprocess.Popen(
        [sys.executable, "-m", "planner", "--data-dir", str(data_dir), "-platform", "offscreen"],
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def first_error_line_of_the_window(data_dir: Path) -> str:
    """Start the window on data_dir and read its first line on stderr. The same words go
    into a dialog, which waits for the user, so the process is then ended."""
    process = start_the_window(data_dir)
    try:
        return process.stderr.readline()
    finally:
        process.kill()
        process.wait(timeout=30)


def test_killed_after_saved_the_text_is_there_on_relaunch(qtbot, launch, data_dir):
    process = subprocess.Popen(
        [sys.executable, "-c", TYPE_AND_WAIT, str(data_dir)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert process.stdout.readline().strip() == "Saved"
    finally:
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    # The killed process left its lock behind: the next launch takes it over.
    instance = SingleInstance(data_dir)
    assert instance.acquire()
    window = launch()
    assert window.ui.companyEdit.text() == "Typed before the crash"
    assert "precious words" in window.notes_editors["reinforce"].toPlainText()
    instance.release()


def test_a_second_launch_raises_the_first_and_opens_nothing(qtbot, data_dir):
    first = SingleInstance(data_dir)
    assert first.acquire()
    second = SingleInstance(data_dir)
    with qtbot.waitSignal(first.activate_requested, timeout=5000):
        assert not second.acquire()
    first.release()
    assert not (data_dir / DATABASE_NAME).exists()  # neither opened the database


def test_the_second_launch_of_the_app_exits_without_touching_the_database(qtbot, data_dir):
    first = SingleInstance(data_dir)
    assert first.acquire()
    result = subprocess.run(
        [sys.executable, "-m", "planner", "--data-dir", str(data_dir), "-platform", "offscreen"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert result.returncode == 0
    assert "already open" in result.stderr
    assert "brought it to the front" in result.stderr
    assert not (data_dir / DATABASE_NAME).exists()
    first.release()


def test_a_launch_while_the_first_is_still_starting_raises_it_once_it_listens(qtbot, data_dir):
    """The first app listens only once its window is painted: a second launch in that
    moment keeps asking instead of giving up at once."""
    first = SingleInstance(data_dir)
    assert first.acquire(listen=False)  # as the app holds it until its first paint
    second = start_the_window(data_dir)
    try:
        qtbot.wait(700)  # the second has started and is asking
        with qtbot.waitSignal(first.activate_requested, timeout=5000):
            first.listen()
        _, stderr = second.communicate(timeout=30)
    finally:
        second.kill()
        first.release()
    assert second.returncode == 0
    assert "brought it to the front" in stderr


def test_a_full_disk_is_shown_in_words_and_the_text_saved_later(qtbot, window):
    qtbot.mouseClick(window.ui.emptyNewButton, Qt.MouseButton.LeftButton)
    window.autosaver.flush()
    conn = window.store._conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    before = window.store.get(window.current_id)
    editor = window.notes_editors["expect"]
    qtbot.keyClicks(editor, "long text ")
    editor.insertPlainText("long text " * 20_000)  # a big paste, as one edit
    with qtbot.waitSignal(window.autosaver.failed, timeout=3000):
        pass
    assert window.save_state.text() == "Not saved: the disk is full"
    assert "long text" in window.notes_editors["expect"].toPlainText()  # still in the editor
    assert window.store.get(window.current_id) == before  # the database is unchanged
    conn.execute("PRAGMA max_page_count = 1073741823")  # space returns
    with qtbot.waitSignal(window.autosaver.saved, timeout=8000):
        pass
    assert "long text" in window.store.get(window.current_id).notes["expect"]
    assert window.save_state.text() == "Saved"
    assert window.statusBar().currentMessage() == "Saved again: nothing was lost."


def test_a_damaged_database_is_offered_the_newest_backup(qtbot, data_dir):
    from planner.gui.main_window import MainWindow
    from planner.settings import Settings

    store = Store.open_in(data_dir)
    store.create()
    store.set_text(1, "company", "Backed up")
    store.backup(data_dir, "daily")
    store.close()
    path = data_dir / DATABASE_NAME
    with open(path, "r+b") as handle:
        handle.write(b"\x00" * 100)  # garbage over the header
    opened = open_data_folder(data_dir)
    assert opened.damaged is not None and opened.damaged.exists()
    window = MainWindow(opened.store, Settings.in_folder(data_dir), data_dir)
    qtbot.addWidget(window)
    window.show()
    texts = answer_next_message_box("Restore This Backup")
    window.offer_recovery(opened.damaged)
    assert "damaged" in texts[0] and str(opened.damaged) in texts[0]
    assert window.ui.companyEdit.text() == "Backed up"
    window.close()
    opened.store.close()


def test_deleting_an_interview_can_be_undone_with_ctrl_z(qtbot, window):
    qtbot.mouseClick(window.ui.emptyExampleButton, Qt.MouseButton.LeftButton)
    example_id = window.current_id
    before = window.store.get(example_id)
    answer_next_message_box("Delete")
    window.delete_interview()
    assert window.store.count() == 0
    assert window.undo_notice.isVisible()
    assert "Deleted" in window.undo_notice_label.text()
    window.activateWindow()  # the confirmation box had the focus
    qtbot.waitUntil(window.isActiveWindow)
    window.ui.interviewList.setFocus()
    qtbot.keyClick(window.ui.interviewList, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.store.count() == 1
    assert window.store.get(example_id) == before  # same id, every item
    assert window.current_id == example_id
    window.redo_action.trigger()
    assert window.store.count() == 0


def test_restoring_from_the_backups_dialog(qtbot, window, data_dir):
    from planner.gui.dialogs.backups import BackupsDialog

    qtbot.mouseClick(window.ui.emptyNewButton, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.ui.companyEdit, "First version")
    window.autosaver.flush()
    dialog = BackupsDialog(data_dir, window)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ui.backupNowButton, Qt.MouseButton.LeftButton)
    assert dialog.ui.backupList.topLevelItemCount() == 1
    window.ui.companyEdit.selectAll()
    qtbot.keyClicks(window.ui.companyEdit, "Second version")
    window.autosaver.flush()
    answer_next_message_box("Yes")
    qtbot.mouseClick(dialog.ui.restoreButton, Qt.MouseButton.LeftButton)
    assert window.ui.companyEdit.text() == "First version"
    reasons = {b.reason for b in list_backups(data_dir)}
    assert reasons == {"manual", "before-restore"}


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to any folder; chmod cannot test it")
def test_an_unwritable_data_folder_is_named_at_start(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        assert str(folder / "sub") in first_error_line_of_the_window(folder / "sub")
    finally:
        folder.chmod(0o700)


def test_a_data_dir_that_cannot_be_created_is_named_at_start(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    line = first_error_line_of_the_window(blocker / "sub")
    assert f"cannot create the data folder {blocker / 'sub'}" in line
    assert "Traceback" not in line
