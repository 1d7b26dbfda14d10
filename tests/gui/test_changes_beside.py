"""Interviews another program adds (the command line's import) appear in the open window,
without disturbing the field being edited. Seen on main: only after a restart."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtTest import QTest

from planner.core.exchange import dump_export
from planner.core.model import Interview

ROOT = Path(__file__).resolve().parents[2]


def import_with_the_command_line(data_dir: Path, tmp_path: Path, *companies: str) -> None:
    export = tmp_path / "from-elsewhere.json"
    export.write_text(dump_export([Interview(company=name) for name in companies]))
    subprocess.run(
        [sys.executable, "-m", "planner", "import", str(export), "--data-dir", str(data_dir)],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )


def listed(window) -> list[str]:
    model = window.model
    return [model.data(model.index(row)) for row in range(model.rowCount())]


def test_an_import_beside_the_window_appears_without_disturbing_the_edit(
    qtbot, window, data_dir, tmp_path
):
    window.new_interview()
    QTest.keyClicks(window.ui.companyEdit, "Typing in progress")
    cursor = window.ui.companyEdit.cursorPosition()
    assert window.autosaver.has_pending()
    import_with_the_command_line(data_dir, tmp_path, "Imported Ltd")
    # Found by the window's own timer (or when the app is activated): no call from here.
    qtbot.waitUntil(
        lambda: any("Imported Ltd" in title for title in listed(window)), timeout=10_000
    )
    assert window.ui.companyEdit.text() == "Typing in progress"
    assert window.ui.companyEdit.cursorPosition() == cursor
    assert window.ui.companyEdit.hasFocus()
    assert window.current_id is not None
    assert window.store.get(window.current_id).company in ("", "Typing in progress")
    window.session.save_pending()
    assert window.store.get(window.current_id).company == "Typing in progress"


def test_an_empty_window_shows_the_first_interview_imported_beside_it(
    qtbot, window, data_dir, tmp_path
):
    assert window.current_id is None
    assert not window.show_changes_made_beside()  # nothing changed yet
    import_with_the_command_line(data_dir, tmp_path, "First Co", "Second Co")
    assert window.show_changes_made_beside()
    assert window.current_id is not None
    assert window.ui.pages.currentWidget() is window.ui.interviewPage
    assert sorted(listed(window)) == ["First Co", "Second Co"]
    assert not window.show_changes_made_beside()  # once only
    window.new_interview()  # the window's own writes are not "changes beside"
    assert not window.show_changes_made_beside()
