"""Edge cases of undo and Find that a review found, kept as regression tests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from planner.core.model import Interview
from tests.gui.conftest import answer_next_message_box


def company(window, interview_id):
    return window.store.get(interview_id).company


def test_undo_after_the_id_was_given_to_a_new_interview_keeps_both(qtbot, window):
    window.new_interview()
    qtbot.keyClicks(window.ui.companyEdit, "A")
    window.new_interview()
    qtbot.keyClicks(window.ui.companyEdit, "B")
    b_id = window.current_id
    answer_next_message_box("Delete")
    window.delete_interview()
    window.new_interview()  # SQLite gives B's freed id to C
    qtbot.keyClicks(window.ui.companyEdit, "C")
    window.autosaver.flush()
    c_id = window.current_id
    assert c_id == b_id
    window.undo_action.trigger()  # B comes back, under a new id
    companies = sorted(s.company for s in window.store.summaries())
    assert companies == ["A", "B", "C"]
    assert company(window, c_id) == "C"
    window.redo_action.trigger()  # deletes B again, never C
    assert sorted(s.company for s in window.store.summaries()) == ["A", "C"]


def test_a_redo_after_later_edits_keeps_them(qtbot, window):
    window.new_interview()
    qtbot.keyClicks(window.ui.companyEdit, "Acme")
    interview_id = window.current_id
    answer_next_message_box("Delete")
    window.delete_interview()
    window.undo_action.trigger()
    window.select(interview_id)
    qtbot.keyClicks(window.ui.locationEdit, "Room 5")  # an edit after the undo
    window.redo_action.trigger()
    window.undo_action.trigger()
    assert window.store.get(interview_id).location == "Room 5"


def test_undo_right_after_typing_keeps_the_typed_text_for_redo(qtbot, window):
    window.new_interview()
    (questions,) = window.tab_context.editors_of("question")
    qtbot.mouseClick(questions.ui.addButton, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(questions.editors["text"].widget, "Why us?")
    assert window.autosaver.has_pending()  # not saved yet when the user presses Undo
    window.undo_action.trigger()
    assert window.store.items(window.current_id, "question") == []
    window.redo_action.trigger()
    (back,) = window.store.items(window.current_id, "question")
    assert back.text("text") == "Why us?"


def test_the_deletion_notice_names_the_deleted_interview(qtbot, window):
    window.new_interview()
    qtbot.keyClicks(window.ui.companyEdit, "Initech")
    (questions,) = window.tab_context.editors_of("question")
    questions.add_items([{"text": "One"}])  # an earlier, different command on the stack
    answer_next_message_box("Delete")
    window.delete_interview()
    assert window.undo_notice_label.text() == "Deleted “Initech”."


def test_find_matches_notes_with_ampersands_and_angle_brackets(store):
    interview = Interview(company="Lab")
    interview.notes["impress"] = "<p>Talk about R&amp;D and the &lt;3 team</p>"
    store.create(interview)
    assert [h.context for h in store.search("R&D")] == ["Talk about R&D and the <3 team"]
    assert len(store.search("<3")) == 1


def test_a_find_result_for_a_deleted_interview_changes_nothing(qtbot, window):
    window.open_example()
    kept = window.current_id
    window.go_to(kept + 100, "expect", "header", 0, "company")
    assert window.current_id == kept
    assert window.ui.pages.currentWidget() is window.ui.interviewPage
    assert "deleted" in window.statusBar().currentMessage()


def test_find_goes_to_the_thank_you_field_of_a_person(qtbot, window):
    window.open_example()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    (hit,) = [h for h in window.store.search("glad to help build them") if h.field == "thank_you"]
    window.go_to(hit.interview_id, hit.tab, hit.kind, hit.item_id, hit.field)
    assert window.ui.tabs.currentIndex() == 3
    focus = QApplication.focusWidget()
    assert focus is not None and focus.objectName() == "field_thank_you"
