"""Typing that never pauses is still saved: at the latest MAX_WAIT_MS after the first
unsaved keystroke (docs/data-safety.md). Seen on main: six seconds of fast typing, then a
crash, lost all six seconds."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from planner.gui.autosave import MAX_WAIT_MS, Autosaver
from planner.store import Store

ROOT = Path(__file__).resolve().parents[2]


def test_a_save_comes_within_the_longest_wait_however_fast_the_edits(qtbot):
    saver = Autosaver(delay_ms=400)
    written: list[str] = []
    text = ""
    started = time.monotonic()
    # An edit every 20 ms, far inside the 400 ms pause, for twice the longest wait.
    while time.monotonic() - started < 2 * MAX_WAIT_MS / 1000 + 0.5:
        text += "x"
        saver.schedule("note", lambda value=text: value, written.append)
        qtbot.wait(20)
    assert written, "nothing was saved while the edits went on"
    assert len(written[0]) < len(text)  # saved during the typing, not after it


TYPE_THEN_CRASH = """
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from planner.gui.main_window import MainWindow
from planner.settings import Settings
from planner.store.startup import open_data_folder
folder = sys.argv[1]
window = MainWindow(open_data_folder(folder).store, Settings.in_folder(folder), folder)
window.show()
window.new_interview()
window.ui.tabs.setCurrentIndex(1)
editor = window.notes_editors["impress"]
editor.setFocus()
typed, started = 0, time.monotonic()
while True:
    QTest.keyClick(editor, "a")  # about 70 characters a second, never a pause
    typed += 1
    app.processEvents()
    time.sleep(0.014)
    elapsed = time.monotonic() - started
    print(f"{elapsed:.3f} {typed}", flush=True)
    if elapsed > 5:
        os.kill(os.getpid(), 9)  # a crash: nothing more is saved
"""


def test_unbroken_typing_then_a_crash_loses_at_most_the_last_moments(data_dir):
    result = subprocess.run(
        [sys.executable, "-c", TYPE_THEN_CRASH, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == -9, result.stderr
    progress = [tuple(map(float, line.split())) for line in result.stdout.split("\n") if line]
    end = progress[-1][0]
    # What was typed one longest wait (plus a margin for a slow machine) before the crash.
    typed_by = max(int(n) for t, n in progress if t <= end - MAX_WAIT_MS / 1000 - 1.0)
    store = Store.open_in(data_dir)
    try:
        (summary,) = store.summaries()
        saved = store.get(summary.id).notes["impress"]
    finally:
        store.close()
    from planner.core.richtext import html_to_text

    assert len(html_to_text(saved)) >= typed_by, (len(html_to_text(saved)), typed_by)


def test_renaming_a_checklist_item_in_place_is_saved_while_typing(qtbot, window):
    """Found by an attack: Qt hands an in-place editor's text over only when the editing
    ends, so seconds of renaming were never saved."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit

    window.new_interview()
    window.ui.tabs.setCurrentIndex(1)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    (day, *_) = window.tab_context.editors_of("day_check")
    qtbot.mouseClick(day.ui.addButton, Qt.MouseButton.LeftButton)  # opens the in-place editor
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    editor.selectAll()
    typed = ""
    started = time.monotonic()
    while time.monotonic() - started < MAX_WAIT_MS / 1000 + 1.5:  # never a pause
        QTest.keyClick(editor, "a")
        typed += "a"
        qtbot.wait(40)
    assert QApplication.focusWidget() is editor  # still renaming
    stored = [item.text("text") for item in window.store.items(window.current_id, "day_check")]
    assert stored[-1].startswith("aaaa")
