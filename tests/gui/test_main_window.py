"""The main window, driven as a user would: keystrokes and clicks, checked in the database."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication

from planner.core.model import TAB_KEYS, Status
from planner.gui.interview_list import ID_ROLE
from planner.gui.main_window import UNSET_DATETIME
from planner.store import Store
from tests.gui.conftest import answer_next_message_box


def editors(window):
    return window.notes_editors


def create_by_click(qtbot, window):
    button = (
        window.ui.newButton
        if window.ui.pages.currentWidget() is window.ui.interviewPage
        else window.ui.emptyNewButton
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return window.current_id


def test_first_launch_shows_the_empty_state(window):
    assert window.windowTitle() == "Second Interview Planner"
    assert window.ui.pages.currentWidget() is window.ui.emptyPage
    assert "Well done" in window.ui.emptyTitle.text()
    assert not window.ui.deleteButton.isEnabled()
    assert not window.ui.duplicateButton.isEnabled()


def test_new_interview_puts_the_cursor_in_company(qtbot, window):
    interview_id = create_by_click(qtbot, window)
    assert interview_id is not None
    assert window.ui.pages.currentWidget() is window.ui.interviewPage
    qtbot.waitUntil(lambda: window.ui.companyEdit.hasFocus())
    assert [window.ui.tabs.tabText(i) for i in range(4)] == [
        "What to expect  0%",
        "Impress again  0%",
        "Reinforce positives  0%",
        "Be likeable  0%",
    ]


def test_everything_typed_is_back_after_relaunch(qtbot, launch):
    window = launch()
    interview_id = create_by_click(qtbot, window)
    qtbot.keyClicks(window.ui.companyEdit, "Northwind Analytics")
    qtbot.keyClicks(window.ui.roleEdit, "Senior Data Analyst")
    qtbot.keyClicks(window.ui.locationEdit, "https://meet.example/northwind")
    window.ui.whenEdit.setDateTime(QDateTime(QDate(2026, 12, 3), QTime(10, 30)))
    window.ui.statusCombo.setCurrentIndex(window.ui.statusCombo.findData("done"))
    words = {key: f"{key}-word-{index}" for index, key in enumerate(TAB_KEYS)}
    for index, key in enumerate(TAB_KEYS):
        window.ui.tabs.setCurrentIndex(index)
        qtbot.keyClicks(editors(window)[key], f"Remember {words[key]} tomorrow")
    with qtbot.waitSignal(window.autosaver.saved, timeout=3000):
        pass
    assert window.save_state.text() == "Saved"
    assert not window.autosaver.has_pending()

    # The database holds it, before any relaunch.
    saved = window.store.get(interview_id)
    assert saved.company == "Northwind Analytics"
    assert saved.status is Status.DONE
    assert saved.starts_at == datetime(2026, 12, 3, 10, 30)

    window.close()
    again = launch()
    assert again.current_id == interview_id
    assert again.ui.companyEdit.text() == "Northwind Analytics"
    assert again.ui.roleEdit.text() == "Senior Data Analyst"
    assert again.ui.locationEdit.text() == "https://meet.example/northwind"
    assert again.ui.whenEdit.dateTime() == QDateTime(QDate(2026, 12, 3), QTime(10, 30))
    assert again.ui.statusCombo.currentData() == "done"
    for key in TAB_KEYS:
        assert f"Remember {words[key]} tomorrow" in editors(again)[key].toPlainText()
    assert again.ui.tabs.currentIndex() == len(TAB_KEYS) - 1


def test_quitting_right_after_typing_loses_nothing(qtbot, launch, data_dir):
    window = launch()
    create_by_click(qtbot, window)
    qtbot.keyClicks(window.ui.companyEdit, "Fabrikam")
    window.ui.tabs.setCurrentIndex(2)
    qtbot.keyClicks(editors(window)["reinforce"], "my last words")
    assert window.autosaver.has_pending()  # the timer has not fired yet
    window.close()

    store = Store.open_in(data_dir)
    try:
        (interview,) = store.all_interviews()
        assert interview.company == "Fabrikam"
        assert "my last words" in interview.notes["reinforce"]
    finally:
        store.close()


def test_the_selected_interview_is_restored(qtbot, launch):
    window = launch()
    first = create_by_click(qtbot, window)
    qtbot.keyClicks(window.ui.companyEdit, "First")
    second = create_by_click(qtbot, window)
    qtbot.keyClicks(window.ui.companyEdit, "Second")
    window.select(first)
    window.close()
    again = launch()
    assert again.current_id == first
    assert again.ui.companyEdit.text() == "First"
    assert second in {again.model.id_at(row) for row in range(again.model.rowCount())}


def test_the_list_shows_the_title_as_it_is_saved(qtbot, window):
    create_by_click(qtbot, window)
    qtbot.keyClicks(window.ui.companyEdit, "Contoso")
    qtbot.keyClicks(window.ui.roleEdit, "Buyer")
    with qtbot.waitSignal(window.autosaver.saved, timeout=3000):
        pass
    assert window.model.index(0).data() == "Contoso – Buyer"
    assert window.ui.titleLabel.text() == "Contoso – Buyer"


def test_switching_interviews_saves_each_to_its_own_row(qtbot, window):
    first = create_by_click(qtbot, window)
    qtbot.keyClicks(window.ui.companyEdit, "Alpha")
    second = create_by_click(qtbot, window)  # switching away must keep Alpha's edit
    qtbot.keyClicks(window.ui.companyEdit, "Beta")
    window.autosaver.flush()
    assert window.store.get(first).company == "Alpha"
    assert window.store.get(second).company == "Beta"


def test_delete_asks_and_cancel_keeps_everything(qtbot, window):
    create_by_click(qtbot, window)
    qtbot.keyClicks(window.ui.companyEdit, "Keep me")
    answer_next_message_box("Cancel")
    qtbot.mouseClick(window.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert window.store.count() == 1
    assert window.store.all_interviews()[0].company == "Keep me"


def test_delete_confirmed_removes_only_that_interview(qtbot, window, monkeypatch):
    keep = create_by_click(qtbot, window)
    qtbot.keyClicks(window.ui.companyEdit, "Keep")
    doomed = create_by_click(qtbot, window)
    qtbot.keyClicks(window.ui.companyEdit, "Doomed")
    asked = []
    import planner.gui.window_commands as main_window

    real_confirm = main_window.confirm_delete

    def spy(parent, title):
        asked.append(title)
        return real_confirm(parent, title)

    monkeypatch.setattr(main_window, "confirm_delete", spy)
    answer_next_message_box("Delete")
    qtbot.mouseClick(window.ui.deleteButton, Qt.MouseButton.LeftButton)
    assert asked == ["Doomed"]  # the confirmation names the interview
    assert not window.store.exists(doomed)
    assert window.store.exists(keep)
    assert window.current_id == keep
    assert window.ui.companyEdit.text() == "Keep"


def test_deleting_the_last_interview_shows_the_empty_state(qtbot, window):
    create_by_click(qtbot, window)
    answer_next_message_box("Delete")
    window.delete_interview()
    assert window.store.count() == 0
    assert window.ui.pages.currentWidget() is window.ui.emptyPage


def test_duplicate_copies_header_and_notes(qtbot, window):
    original = create_by_click(qtbot, window)
    qtbot.keyClicks(window.ui.companyEdit, "Initech")
    qtbot.keyClicks(editors(window)["expect"], "panel of three")
    qtbot.mouseClick(window.ui.duplicateButton, Qt.MouseButton.LeftButton)
    copy = window.current_id
    assert copy != original
    assert window.ui.companyEdit.text() == "Initech (copy)"
    assert "panel of three" in editors(window)["expect"].toPlainText()
    assert window.store.get(original).company == "Initech"


def test_an_unset_date_is_shown_as_not_set(qtbot, window):
    interview_id = create_by_click(qtbot, window)
    assert window.ui.whenEdit.dateTime() == UNSET_DATETIME
    assert window.ui.whenEdit.text().startswith("Not set")
    assert window.store.get(interview_id).starts_at is None


def test_a_failed_save_is_reported_and_kept(qtbot, window, monkeypatch):
    interview_id = create_by_click(qtbot, window)
    from planner.store import StoreError

    def full(*_args):
        raise StoreError("not saved: the disk is full")

    monkeypatch.setattr(window.store, "set_text", full)
    qtbot.keyClicks(window.ui.companyEdit, "Precious")
    with qtbot.waitSignal(window.autosaver.failed, timeout=3000) as failure:
        pass
    assert failure.args == ["not saved: the disk is full"]
    assert window.save_state.text() == "Not saved: the disk is full"
    assert window.autosaver.has_pending()
    assert window.autosaver._timer.interval() == 400  # the retry does not slow later saves
    monkeypatch.undo()
    assert window.autosaver.flush()
    assert window.store.get(interview_id).company == "Precious"
    assert window.save_state.text() == "Saved"


def test_ctrl_digits_switch_tabs_and_focus_their_first_field(qtbot, window):
    create_by_click(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.ui.companyEdit, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.tabs.currentIndex() == 2
    first_key_message = window.prep_fields.editors["key_message_1"].widget
    assert QApplication.focusWidget() is first_key_message


def test_switching_by_clicking_the_list_keeps_the_list_and_editors_together(qtbot, window):
    first = create_by_click(qtbot, window)
    qtbot.keyClicks(window.ui.companyEdit, "Alpha")
    second = create_by_click(qtbot, window)
    window.autosaver.flush()
    qtbot.keyClicks(window.ui.companyEdit, "Beta")  # pending when the user clicks away
    view = window.ui.interviewList
    rect = view.visualRect(window.model.index(window.model.row_of(first)))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_id == first
    assert view.currentIndex().data(ID_ROLE) == first
    assert window.ui.companyEdit.text() == "Alpha"
    assert window.store.get(second).company == "Beta"


def test_the_date_is_not_set_by_passing_through_and_can_be_cleared(qtbot, window):
    interview_id = create_by_click(qtbot, window)
    when = window.ui.whenEdit
    for key in (Qt.Key.Key_Shift, Qt.Key.Key_Escape, Qt.Key.Key_Tab):
        qtbot.keyClick(when, key)
    window.autosaver.flush()
    assert when.dateTime() == UNSET_DATETIME
    assert window.store.get(interview_id).starts_at is None
    assert not window.ui.clearDateButton.isEnabled()
    qtbot.keyClick(when, Qt.Key.Key_Up)  # starting to edit: tomorrow at 10:00 (+ the step)
    window.autosaver.flush()
    assert window.store.get(interview_id).starts_at is not None
    qtbot.mouseClick(window.ui.clearDateButton, Qt.MouseButton.LeftButton)
    window.autosaver.flush()
    assert window.store.get(interview_id).starts_at is None
    assert when.text().startswith("Not set")


def test_tab_moves_through_the_header_without_a_trap(qtbot, window):
    create_by_click(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.ui.roleEdit.setFocus()
    seen = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    # Date and time (still unset), Clear (disabled, so skipped), Status, Place or link.
    assert seen[0] is window.ui.whenEdit
    assert window.ui.whenEdit.dateTime() == UNSET_DATETIME  # passing through sets nothing
    assert seen[1] is window.ui.statusCombo
    assert seen[2] is window.ui.locationEdit


def test_undo_in_notes_never_reaches_into_another_interview(qtbot, window):
    """Each interview's notes start with an empty undo history and the cursor at the top."""
    first = create_by_click(qtbot, window)
    notes = editors(window)["expect"]
    notes.setFocus()
    qtbot.keyClicks(notes, "Met Priya at the fair")
    window.autosaver.flush()
    second = create_by_click(qtbot, window)
    assert window.current_id == second != first
    assert notes.toPlainText() == ""
    assert not notes.document().isUndoAvailable()
    window.select(first)
    assert notes.toPlainText() == "Met Priya at the fair"
    assert not notes.document().isUndoAvailable()
    assert notes.textCursor().position() == 0
