"""Desktop conventions: menus and shortcuts, Find, practice mode, preferences, colours."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from planner.core.model import Interview
from planner.gui.dialogs.practice import PracticeDialog, practice_order
from planner.gui.main_window import MainWindow
from planner.settings import Settings
from planner.store import Store


def menu_titles(window):
    return [action.text().replace("&", "") for action in window.menuBar().actions()]


def test_the_menus_and_their_shortcuts(window):
    assert menu_titles(window) == ["File", "Edit", "View", "Interview", "Help"]
    shortcuts = {
        action.text().replace("&", ""): action.shortcut().toString()
        for menu in window.menuBar().actions()
        for action in menu.menu().actions()
    }
    assert shortcuts["New Interview"] == "Ctrl+N"
    assert shortcuts["Print…"] == "Ctrl+P"
    assert shortcuts["Find…"] == QKeySequence(QKeySequence.StandardKey.Find).toString()
    assert shortcuts["Undo"] == "Ctrl+Z"
    assert shortcuts["Quit"] == "Ctrl+Q"
    assert shortcuts["Preferences…"]
    assert shortcuts["Previous Interview"] == "Ctrl+PgUp"
    assert shortcuts["Next Interview"] == "Ctrl+PgDown"
    assert shortcuts["Be likeable"] == "Ctrl+4"
    assert {"About Second Interview Planner", "About Qt", "Backups…"} <= set(shortcuts)


def inside(widget, kinds) -> bool:
    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parent()
    return False


def test_every_input_has_an_accessible_name(qtbot, window):
    window.open_example()
    window.finish_building()
    unnamed = []
    for kind in (
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
        QComboBox,
        QCheckBox,
        QListView,
        QAbstractSpinBox,
    ):
        for widget in window.findChildren(kind):
            if inside(widget, (QAbstractSpinBox, QComboBox)):
                continue  # the parts of a spin box or a combo box (its line edit, its popup)
            name = widget.accessibleName() or (
                widget.text() if isinstance(widget, QCheckBox) else ""
            )
            if not name:
                unnamed.append(f"{type(widget).__name__} {widget.objectName()}")
    assert unnamed == []


@pytest.mark.parametrize("whole_before_paint", [False, True], ids=["usual", "all-built-early"])
@pytest.mark.parametrize("start_tab", range(4))
def test_tab_goes_through_each_tab_top_to_bottom_and_ends_in_its_notes(
    qtbot, data_dir, start_tab, whole_before_paint
):
    """The tab shown at start is built before the first paint (all of it when it fits, or
    when something needs every editor early), the others after it; in each, Tab goes from
    the tab bar into the first section and ends in the free notes."""
    settings = Settings.in_folder(data_dir)
    settings.current_tab = start_tab
    store = Store.open_in(data_dir)
    try:
        store.create(Interview(company="Northwind"))
        window = MainWindow(store, settings, data_dir)
        qtbot.addWidget(window)
        if whole_before_paint:
            window.finish_building()
        window.show()
        window.painted()
        for key, notes in window.notes_editors.items():
            page = notes.parentWidget()
            chain, widget = [], window.ui.tabs.tabBar().nextInFocusChain()
            while widget is not window.ui.tabs.tabBar():
                if page.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                    chain.append(widget)
                widget = widget.nextInFocusChain()
            assert chain[-1] is notes, key
            first_section = window.findChild(QWidget, f"{key}Callout").parentWidget()
            assert first_section.isAncestorOf(chain[0]), key
    finally:
        store.close()


def test_ctrl_page_down_and_up_move_between_interviews(qtbot, window):
    for company in ("A", "B", "C"):
        window.new_interview()
        qtbot.keyClicks(window.ui.companyEdit, company)
    window.autosaver.flush()
    window.select(window.model.id_at(0))
    window.ui.actionNextInterview.trigger()
    assert window.ui.companyEdit.text() == "B"
    window.ui.actionNextInterview.trigger()
    window.ui.actionNextInterview.trigger()  # stays on the last
    assert window.ui.companyEdit.text() == "C"
    window.ui.actionPreviousInterview.trigger()
    assert window.ui.companyEdit.text() == "B"


def find_in_example(qtbot, window, text):
    """Open the example, type text into Find and search: the Find dialog."""
    window.open_example()
    window.show_find()
    dialog = window.action_set.find_dialog
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.queryEdit, text)
    dialog.run_search()
    return dialog


def test_find_lists_places_and_jumps_to_the_field(qtbot, window):
    dialog = find_in_example(qtbot, window, "elasticity")
    assert dialog.ui.resultsTree.topLevelItemCount() == 1
    hit = dialog.hits[0]
    assert hit.where == "Reinforce positives › Concerns to ease › Evidence"
    qtbot.keyClick(dialog.ui.queryEdit, Qt.Key.Key_Return)
    assert window.ui.tabs.currentIndex() == 2
    (concerns,) = window.tab_context.editors_of("concern")
    assert concerns.current_item().text("concern") == "Little experience with pricing specifically"
    assert "elasticity" in concerns.editors["evidence"].widget.toPlainText()


def test_find_says_when_nothing_is_found(qtbot, window):
    dialog = find_in_example(qtbot, window, "xylophone")
    assert dialog.ui.countLabel.text() == "Nothing found for “xylophone”."


def test_practice_rates_questions_and_needs_work_comes_back_first(qtbot, window):
    window.open_example()
    interview_id = window.current_id
    dialog = PracticeDialog(window.store, interview_id, window.settings, window)
    qtbot.addWidget(dialog)
    first = dialog.current
    assert dialog.ui.outlineView.isHidden()
    qtbot.mouseClick(dialog.ui.revealButton, Qt.MouseButton.LeftButton)
    assert not dialog.ui.outlineView.isHidden()
    assert dialog.ui.outlineView.toPlainText() == first.text("outline")
    qtbot.mouseClick(dialog.ui.needsWorkButton, Qt.MouseButton.LeftButton)
    stored = {q.id: q for q in window.store.items(interview_id, "question")}
    assert stored[first.id].get("rating") == "needs_work"
    again = practice_order(window.store.items(interview_id, "question"))
    assert again[0].id == first.id
    window.refresh_readiness()
    assert "needs work" in window.ui.nextStepLabel.text()


def test_the_practice_clock_counts_down_and_reveals(qtbot, window):
    window.open_example()
    window.settings.practice_seconds = 15
    dialog = PracticeDialog(window.store, window.current_id, window.settings, window)
    qtbot.addWidget(dialog)
    assert dialog.ui.timeLabel.text() == "0:15"
    dialog.left = 1
    qtbot.mouseClick(dialog.ui.startButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.ui.outlineView.isHidden(), timeout=3000)
    assert dialog.ui.timeLabel.text() == "0:00"


def test_preferences_are_saved_and_applied(qtbot, window, monkeypatch):
    from planner.gui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.autosaveSpin.setValue(900)
    ui.pageSizeCombo.setCurrentIndex(ui.pageSizeCombo.findData("Letter"))
    ui.schemeCombo.setCurrentIndex(ui.schemeCombo.findData("dark"))
    ui.reminderEdit.setTime(ui.reminderEdit.time().fromString("20:30", "HH:mm"))
    dialog.accept()
    window.apply_preferences()
    settings = window.settings
    assert (settings.autosave_delay_ms, settings.sheet_page_size) == (900, "Letter")
    assert settings.reminder_time.hour == 20 and settings.reminder_time.minute == 30
    assert window.autosaver._timer.interval() == 900
    assert window.sheet_actions.size_actions["Letter"].isChecked()
    assert window.ui.actionSchemeDark.isChecked()

    def lightness():
        return window.palette().color(QPalette.ColorRole.Window).lightness()

    qtbot.waitUntil(lambda: lightness() < 100)  # dark, whatever the platform offered
    window.set_scheme("light")
    qtbot.waitUntil(lambda: lightness() > 150)
    window.set_scheme("system")


def test_adding_and_moving_items_can_be_undone_and_redone(qtbot, window):
    window.new_interview()
    interview_id = window.current_id
    (challenges,) = window.tab_context.editors_of("challenge")

    def stored():
        return [i.text("challenge") for i in window.store.items(interview_id, "challenge")]

    for text in ("First", "Second"):
        qtbot.mouseClick(challenges.ui.addButton, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(challenges.editors["challenge"].widget, text)
    window.autosaver.flush()
    qtbot.mouseClick(challenges.ui.upButton, Qt.MouseButton.LeftButton)
    assert stored() == ["Second", "First"]
    window.undo_action.trigger()  # the move
    assert stored() == ["First", "Second"]
    window.undo_action.trigger()  # adding "Second"
    assert stored() == ["First"]
    window.redo_action.trigger()  # it comes back with what was typed in it
    assert stored() == ["First", "Second"]
    assert challenges.current_item().text("challenge") == "Second"
    window.redo_action.trigger()
    assert stored() == ["Second", "First"]


def test_questions_added_from_the_bank_can_be_undone_together(qtbot, window):
    window.new_interview()
    (questions,) = window.tab_context.editors_of("question")
    questions.add_items([{"text": "One"}, {"text": "Two"}])
    assert len(window.store.items(window.current_id, "question")) == 2
    assert window.undo_action.text() == "&Undo Add likely questions"
    window.undo_action.trigger()
    assert window.store.items(window.current_id, "question") == []


def test_practice_opens_from_what_to_expect(qtbot, window, monkeypatch):
    window.open_example()
    opened = []
    monkeypatch.setattr(PracticeDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    button = window.findChild(type(window.ui.newButton), "practiseButton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    assert opened[0].current is not None
