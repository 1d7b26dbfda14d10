"""The window as the parts around its editing session (issue 13): Import and Export from the
menus, closing and quitting with edits still pending, one kind of save key, and no widget
reaching up through window()."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from planner.core.exchange import read_export
from planner.gui.main_window import MainWindow
from planner.gui.session import EditKey
from planner.settings import Settings
from planner.store import Store, StoreError
from tests.gui.conftest import answer_next_message_box

GUI = Path(__file__).resolve().parents[2] / "planner" / "gui"


def choose(monkeypatch, method: str, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, method, lambda *args, **kwargs: (str(path), ""))


def new_interview(qtbot, window, company: str) -> int:
    qtbot.mouseClick(window.ui.newButton, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.ui.companyEdit, company)
    return window.current_id


def test_export_then_import_from_the_file_menu(qtbot, window, monkeypatch, tmp_path):
    new_interview(qtbot, window, "Fabrikam")
    window.open_example()
    target = tmp_path / "all.json"
    choose(monkeypatch, "getSaveFileName", target)
    window.ui.actionExport.trigger()  # the typing still pending is in the file
    exported = read_export(target.read_bytes())
    assert sorted(i.company for i in exported) == sorted(
        s.company for s in window.store.summaries()
    )
    assert "Fabrikam" in {i.company for i in exported}
    assert window.statusBar().currentMessage() == f"Exported 2 interview(s) to {target}."

    (tmp_path / "other").mkdir()
    other = Store.open_in(tmp_path / "other")
    try:
        second = MainWindow(other, Settings.in_folder(tmp_path / "other"), tmp_path / "other")
        qtbot.addWidget(second)
        choose(monkeypatch, "getOpenFileName", target)
        second.ui.actionImport.trigger()
        assert other.count() == 2
        assert second.current_id is not None  # the first imported is shown
        assert second.ui.pages.currentWidget() is second.ui.interviewPage
        assert second.model.rowCount() == 2
        assert second.statusBar().currentMessage() == "Imported 2 interview(s)."
        second.close()
    finally:
        other.close()


def test_a_cancelled_file_dialog_changes_nothing(qtbot, window, monkeypatch, tmp_path):
    window.open_example()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    window.ui.actionExport.trigger()
    window.ui.actionImport.trigger()
    assert window.store.count() == 1
    assert list(tmp_path.glob("*.json")) == []


def test_closing_saves_the_edits_still_pending(qtbot, launch):
    window = launch()
    interview_id = new_interview(qtbot, window, "Pending")
    assert window.autosaver.has_pending()
    window.close()
    assert not window.isVisible()
    assert window.store.get(interview_id).company == "Pending"
    assert window.settings.selected_interview == interview_id


def test_closing_with_edits_that_cannot_be_saved_asks_first(qtbot, window, monkeypatch):
    interview_id = new_interview(qtbot, window, "")
    window.autosaver.flush()

    def full(*_args):
        raise StoreError("not saved: the disk is full")

    monkeypatch.setattr(window.store, "set_text", full)
    qtbot.keyClicks(window.ui.companyEdit, "Precious")
    seen = answer_next_message_box("Cancel")
    window.close()
    assert window.isVisible()  # Cancel keeps the window, and the edit, open
    assert "disk is full" in seen[0]
    assert window.autosaver.has_pending()

    seen = answer_next_message_box("Discard")
    window.close()
    assert not window.isVisible()
    monkeypatch.undo()
    assert window.store.get(interview_id).company == ""


def test_quitting_the_application_saves_first(qtbot, window):
    interview_id = new_interview(qtbot, window, "")
    window.ui.tabs.setCurrentIndex(2)  # a new interview shows the first tab
    qtbot.keyClicks(window.ui.companyEdit, "Quitter")
    assert window.autosaver.has_pending()
    window.save_before_quit()  # what app.py runs on aboutToQuit
    assert window.store.get(interview_id).company == "Quitter"
    settings = Settings.in_folder(window.data_dir)
    assert settings.selected_interview == interview_id
    assert settings.current_tab == 2


def test_every_pending_save_has_one_kind_of_key(qtbot, window):
    window.open_example()
    keys: list = []
    window.session.saved.connect(keys.extend)
    qtbot.keyClicks(window.ui.companyEdit, "!")
    window.notes_editors["impress"].setFocus()
    qtbot.keyClicks(window.notes_editors["impress"], "n")
    qtbot.keyClicks(window.prep_fields.editors["key_message_1"].widget, "k")
    (people,) = [e for e in window.tab_context.editors_of("person") if e.isVisibleTo(window)][:1]
    qtbot.keyClicks(people.editors["name"].widget, "p")
    window.session.save_pending()
    interview_id = window.current_id
    item_id = people.current_item().id
    assert set(keys) == {
        EditKey("header", interview_id, "company"),
        EditKey("notes", interview_id, "impress"),
        EditKey("prep", interview_id, "key_message_1"),
        EditKey("item", interview_id, "name", item_id),
    }
    assert all(isinstance(key, EditKey) for key in keys)


@pytest.mark.parametrize("path", sorted(GUI.rglob("*.py")), ids=lambda p: p.name)
def test_no_widget_reaches_up_through_window(path):
    """Parts get the session (or what they need) handed in; none asks its window."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            assert node.func.attr != "window", f"{path.name}:{node.lineno} calls window()"


def test_the_window_module_only_composes():
    lines = (GUI / "main_window.py").read_text(encoding="utf-8").count("\n")
    assert lines <= 350
    for path in GUI.rglob("*.py"):
        if "forms" not in path.parts:
            count = path.read_text(encoding="utf-8").count("\n")
            assert count <= 400, f"{path.name} has {count} lines"


def test_the_export_is_json(window, monkeypatch, tmp_path):
    window.open_example()
    target = tmp_path / "one.json"
    choose(monkeypatch, "getSaveFileName", target)
    window.ui.actionExport.trigger()
    assert json.loads(target.read_text(encoding="utf-8"))


def test_list_editors_with_no_interview_do_nothing(qtbot, window):
    """Before any interview exists, the editors' commands (reachable by shortcut) change
    nothing and push nothing to undo."""
    assert window.current_id is None
    for editor in window.tab_context.item_editors:
        assert editor.add_item() is None
        editor.add_items([{}])
        editor.remove_current()
        editor.move_current(+1)
        editor.reload()
        editor.select_item(12345)
        assert editor.model.rowCount() == 0
    assert window.undo_stack.count() == 0
    assert window.store.count() == 0


def test_another_launch_brings_the_window_back(qtbot, window):
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized, timeout=3000)
    window.bring_to_front()  # what the single-instance server calls
    assert not window.isMinimized()
    assert window.isVisible()


def reject_next_dialog(seen: list) -> None:
    """Close the next modal dialog as Cancel or Escape would, noting its class."""

    def close(left: int = 300) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            if left:
                QTimer.singleShot(10, lambda: close(left - 1))
            return
        seen.append(type(dialog).__name__)
        dialog.reject()

    QTimer.singleShot(0, close)


@pytest.mark.parametrize(
    ("action", "dialog"),
    [
        ("actionPreferences", "PreferencesDialog"),
        ("actionBackups", "BackupsDialog"),
        ("actionAbout", "AboutDialog"),
        ("actionAboutQt", "QMessageBox"),
    ],
)
def test_the_help_and_settings_menus_open_their_dialogs(qtbot, window, action, dialog):
    seen: list[str] = []
    reject_next_dialog(seen)
    getattr(window.ui, action).trigger()
    assert seen == [dialog]
    assert window.settings.color_scheme == "system"  # a cancelled dialog changes nothing


def test_commands_on_the_current_interview_need_one(qtbot, window):
    assert window.current_id is None
    for action in ("actionDuplicate", "actionDelete", "actionPractice"):
        getattr(window.ui, action).setEnabled(True)
        getattr(window.ui, action).trigger()
    assert window.store.count() == 0
    assert window.undo_stack.count() == 0


def test_find_jumps_nowhere_when_the_interview_is_gone(qtbot, window):
    interview_id = window.open_example()
    window.show_find()
    window.store.delete(interview_id)
    window.go_to(interview_id, "expect", "person", 1, "name")
    assert window.statusBar().currentMessage() == "That interview has been deleted since."
    window.show_find()  # the same dialog again
    assert window.action_set.find_dialog.isVisible()
