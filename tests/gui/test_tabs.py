"""The four tabs, driven as a user would: people and their guidance, lists, readiness."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from planner.core.exchange import read_export
from planner.core.guidance import default_guidance
from planner.core.items import PERSON_KINDS
from planner.core.model import TABS
from planner.gui.dialogs.question_bank import QuestionBankDialog
from planner.gui.main_window import MainWindow
from planner.gui.safe_text import escape
from planner.settings import Settings
from planner.store import Store


def editor_of(window, kind, tab=None):
    editors = window.tab_context.editors_of(kind)
    return editors[0] if tab is None else editors[tab]


def field(editor, name):
    return editor.editors[name].widget


def tick(qtbot, checkbox):
    """Click a check box on its box (a click far right of its label would miss it)."""
    qtbot.mouseClick(checkbox, Qt.MouseButton.LeftButton, pos=QPoint(8, checkbox.height() // 2))


def add_by_click(qtbot, editor):
    count = editor.model.rowCount()
    qtbot.mouseClick(editor.ui.addButton, Qt.MouseButton.LeftButton)
    assert editor.model.rowCount() == count + 1
    return editor.current_item()


@pytest.fixture
def interview(qtbot, window):
    qtbot.mouseClick(window.ui.emptyNewButton, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.ui.companyEdit, "Contoso")
    return window


def saved(qtbot, window):
    with qtbot.waitSignal(window.autosaver.saved, timeout=3000):
        pass


@pytest.mark.parametrize(("kind", "label"), PERSON_KINDS)
def test_each_kind_of_person_gets_its_guidance_and_questions(qtbot, interview, kind, label):
    window = interview
    people = editor_of(window, "person")
    add_by_click(qtbot, people)
    qtbot.keyClicks(field(people, "name"), f"Pat {label}")
    combo = field(people, "kind")
    combo.setCurrentIndex(combo.findData(kind))
    combo.activated.emit(combo.currentIndex())
    guide = default_guidance().people[kind]
    panel_text = people.extra.text.text()
    assert guide.judges.split(",")[0] in panel_text
    for tip in guide.connect:  # the ways to connect reach the screen (they used not to)
        assert escape(tip) in panel_text
    first_question = default_guidance().questions_for({kind})[0].text
    assert first_question.replace("'", "&#x27;") in panel_text

    # The bank offers the questions of the kinds on the list, and adds the ticked ones.
    saved(qtbot, window)
    dialog = window.question_picker.open()
    qtbot.addWidget(dialog)
    shown = {
        dialog.ui.questionTree.topLevelItem(i).text(0)
        for i in range(dialog.ui.questionTree.topLevelItemCount())
    }
    assert shown == {guide.label}
    bank_question = default_guidance().questions_for({kind})[1]
    dialog.tick(bank_question.id)
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    questions = editor_of(window, "question")
    assert [item.text("text") for item in questions.model.items] == [bank_question.text]
    stored = window.store.items(window.current_id, "question")
    assert stored[0].get("bank_id") == bank_question.id


def test_the_person_guide_button_opens_the_bank_for_that_kind(qtbot, interview):
    people = editor_of(interview, "person")
    add_by_click(qtbot, people)
    combo = field(people, "kind")
    combo.setCurrentIndex(combo.findData("senior"))
    combo.activated.emit(combo.currentIndex())
    qtbot.mouseClick(people.extra.button, Qt.MouseButton.LeftButton)
    dialog = interview.findChild(QuestionBankDialog)
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert dialog.ui.questionTree.topLevelItem(0).text(0) == "Senior decision maker"
    dialog.reject()


def test_concern_story_and_question_to_ask_are_saved_and_come_back(qtbot, launch):
    window = launch()
    qtbot.mouseClick(window.ui.emptyNewButton, Qt.MouseButton.LeftButton)
    interview_id = window.current_id

    concerns = editor_of(window, "concern")
    add_by_click(qtbot, concerns)
    qtbot.keyClicks(field(concerns, "concern"), "Vague about Python")
    qtbot.keyClicks(field(concerns, "plan"), "Show the pandas report automation")
    state = field(concerns, "state")
    state.setCurrentIndex(state.findData("ready"))
    state.activated.emit(state.currentIndex())

    stories = editor_of(window, "story")
    add_by_click(qtbot, stories)
    for name, text in [
        ("title", "Board churn study"),
        ("situation", "Board asked why customers leave"),
        ("task", "Answer in ten days"),
        ("action", "Cut scope to three segments"),
        ("result", "Churn fell three points"),
    ]:
        qtbot.keyClicks(field(stories, name), text)
    competency = field(stories, "competency")
    competency.setCurrentIndex(competency.findData("pressure"))
    competency.activated.emit(competency.currentIndex())

    asks = editor_of(window, "ask")
    add_by_click(qtbot, asks)
    qtbot.keyClicks(field(asks, "text"), "What does success look like in a year?")
    tick(qtbot, field(asks, "asked_before"))
    saved(qtbot, window)
    assert asks.model.data(asks.model.index(0)) == "What does success look like in a year?"

    window.close()
    again = launch()
    assert again.current_id == interview_id
    (concern,) = editor_of(again, "concern").model.items
    assert concern.data["concern"] == "Vague about Python"
    assert concern.data["state"] == "ready"
    assert field(editor_of(again, "concern"), "plan").toPlainText().startswith("Show the pandas")
    (story,) = editor_of(again, "story").model.items
    assert story.data["competency"] == "pressure"
    assert story.data["result"] == "Churn fell three points"
    (ask,) = editor_of(again, "ask").model.items
    assert ask.data["asked_before"] is True


def test_ticking_the_day_checklist_raises_readiness(qtbot, interview):
    window = interview
    day = editor_of(window, "day_check")
    assert day.model.rowCount() > 0  # a new interview starts with the suggested items
    before = window.ui.readinessBar.value()
    impress_before = window.ui.tabs.tabText(1)
    for row in range(day.model.rowCount()):
        day.model.setData(
            day.model.index(row), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
        )
    saved(qtbot, window)
    assert window.ui.readinessBar.value() > before
    assert window.ui.tabs.tabText(1) != impress_before
    assert all(item.get("done") for item in window.store.items(window.current_id, "day_check"))


def test_key_messages_move_the_next_step(qtbot, interview):
    window = interview
    people = editor_of(window, "person")
    add_by_click(qtbot, people)
    qtbot.keyClicks(field(people, "name"), "Priya")
    tick(qtbot, window.prep_fields.editors["invite_senior"].widget)
    saved(qtbot, window)
    assert "three key messages" in window.ui.nextStepLabel.text()
    for number in (1, 2, 3):
        qtbot.keyClicks(window.prep_fields.editors[f"key_message_{number}"].widget, f"m{number}")
    saved(qtbot, window)
    assert "three key messages" not in window.ui.nextStepLabel.text()
    assert window.store.get(window.current_id).prep["key_message_3"] == "m3"


def test_people_added_on_one_tab_appear_on_be_likeable(qtbot, interview):
    window = interview
    people = editor_of(window, "person")
    add_by_click(qtbot, people)
    qtbot.keyClicks(field(people, "name"), "Aisha")
    window.ui.tabs.setCurrentIndex(3)
    rapport = editor_of(window, "person", 1)
    assert [item.text("name") for item in rapport.model.items] == ["Aisha"]
    assert not rapport.ui.addButton.isVisible()
    qtbot.keyClicks(field(rapport, "common_ground"), "Same BI tool")
    saved(qtbot, window)
    window.ui.tabs.setCurrentIndex(0)
    person = window.store.items(window.current_id, "person")[0]
    assert person.text("name") == "Aisha"
    assert person.text("common_ground") == "Same BI tool"


def test_reorder_and_remove_items(qtbot, interview):
    window = interview
    challenges = editor_of(window, "challenge")
    for text in ("First", "Second"):
        add_by_click(qtbot, challenges)
        qtbot.keyClicks(field(challenges, "challenge"), text)
    qtbot.mouseClick(challenges.ui.upButton, Qt.MouseButton.LeftButton)
    stored = window.store.items(window.current_id, "challenge")
    assert [item.text("challenge") for item in stored] == ["Second", "First"]
    qtbot.mouseClick(challenges.ui.removeButton, Qt.MouseButton.LeftButton)
    stored = window.store.items(window.current_id, "challenge")
    assert [item.text("challenge") for item in stored] == ["First"]
    assert window.undo_notice.isVisible()
    qtbot.mouseClick(window.undo_button, Qt.MouseButton.LeftButton)  # "Removed …. Undo"
    stored = window.store.items(window.current_id, "challenge")
    assert [item.text("challenge") for item in stored] == ["Second", "First"]
    assert challenges.current_item().text("challenge") == "Second"


def test_open_the_example_from_the_empty_state(qtbot, window):
    qtbot.mouseClick(window.ui.emptyExampleButton, Qt.MouseButton.LeftButton)
    assert window.ui.companyEdit.text() == "Northwind Analytics"
    assert len(editor_of(window, "person").model.items) == 3
    assert window.ui.readinessBar.value() > 50
    assert window.ui.countdownLabel.text() == "In 3 days"
    # Opening it again shows the same one rather than a second copy.
    window.open_example()
    assert window.store.count() == 1


def test_a_migrated_foundation_interview_shows_its_notes(qtbot, data_dir):
    import shutil
    from pathlib import Path

    from planner.gui.main_window import MainWindow
    from planner.settings import Settings
    from planner.store.database import DATABASE_NAME

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "foundation-v1.sqlite3"
    shutil.copyfile(fixture, data_dir / DATABASE_NAME)
    store = Store.open_in(data_dir)
    window = MainWindow(store, Settings.in_folder(data_dir), data_dir)
    qtbot.addWidget(window)
    assert "half marathons" in window.notes_editors["likeable"].toPlainText()
    assert window.ui.companyEdit.text() == "Northwind Analytics"
    window.close()
    store.close()


def test_renaming_a_checklist_item_in_place_is_saved_on_quit(qtbot, launch):
    window = launch()
    qtbot.mouseClick(window.ui.emptyNewButton, Qt.MouseButton.LeftButton)
    interview_id = window.current_id
    window.ui.tabs.setCurrentIndex(1)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    day = editor_of(window, "day_check")
    qtbot.mouseClick(day.ui.addButton, Qt.MouseButton.LeftButton)  # opens the in-place editor
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Print the CV twice")
    window.close()  # before Enter, before the autosave
    stored = [item.text("text") for item in window.store.items(interview_id, "day_check")]
    assert stored[-1] == "Print the CV twice"


def test_an_overlong_in_place_rename_is_cut_and_does_not_block_other_saves(qtbot, interview):
    window = interview
    day = editor_of(window, "day_check")
    day.model.setData(day.model.index(0), "x" * 5000, Qt.ItemDataRole.EditRole)
    qtbot.keyClicks(window.ui.roleEdit, "Buyer")
    saved(qtbot, window)
    assert window.store.get(window.current_id).role == "Buyer"
    assert len(window.store.items(window.current_id, "day_check")[0].text("text")) == 2000


def start_window(qtbot, data_dir, store, *, tab=0, maximized=False):
    """A window as the app starts it, on the tab the last session ended on (not painted)."""
    settings = Settings.in_folder(data_dir)
    settings.current_tab = tab
    if maximized:
        # A session that ended maximised: the saved geometry says so.
        earlier = MainWindow(store, settings, data_dir)
        qtbot.addWidget(earlier)
        earlier.showMaximized()
        settings.window_geometry = earlier.saveGeometry()
        earlier.close()
    window = MainWindow(store, settings, data_dir)
    qtbot.addWidget(window)
    return window


@pytest.fixture
def example_store(data_dir):
    example = Path(__file__).parents[2] / "resources" / "examples" / "example-interview.json"
    (interview,) = read_export(example.read_bytes())
    store = Store.open_in(data_dir)
    store.create(interview)
    yield store
    store.close()


@pytest.mark.parametrize("tab", range(4))
def test_the_first_frame_holds_the_sections_above_the_fold_and_the_rest_follow(
    qtbot, data_dir, example_store, tab
):
    """Start-up builds the tab shown only down to the window's height, and no other tab;
    after the first paint the rest is built and shows the interview like the rest."""
    window = start_window(qtbot, data_dir, example_store, tab=tab)
    key = TABS[tab].key
    assert window.ui.tabs.currentIndex() == tab
    assert list(window.tab_pages) == [key]
    page = window.tab_pages[key]
    before = [section.objectName() for section in page.sections]
    assert page.built_height() >= window.height()

    window.show()
    window.painted()
    after = [section.objectName() for section in page.sections]
    assert after[: len(before)] == before
    assert len(before) < len(after)  # some of every tab is below a 720-pixel fold
    assert list(window.tab_pages) == [key, *(t.key for t in TABS if t.key != key)]
    interview_id = window.current_id
    for editor in window.tab_context.item_editors:
        assert editor.interview_id == interview_id
        assert editor.model.rowCount() == len(example_store.items(interview_id, editor.kind))
    assert window.question_picker is not None


def test_a_maximised_window_builds_down_to_the_screen_height(qtbot, data_dir, example_store):
    """Before it is shown, a window restored maximised still has its normal height: the
    fold is the screen's height then."""
    normal = start_window(qtbot, data_dir, example_store)
    assert normal.first_frame_height() == normal.height()
    maximised = start_window(qtbot, data_dir, example_store, maximized=True)
    assert maximised.isMaximized()
    screen = maximised.screen().geometry().height()
    assert maximised.first_frame_height() == screen > maximised.height()
    assert maximised.tab_pages["expect"].built_height() >= screen
    maximised.painted()
    assert maximised.first_frame_height() is None  # painted: tabs are built whole


def test_the_person_guide_shows_guidance_text_as_text(qtbot):
    """Guidance is our own, but it is still escaped: a < or & in it is shown, not parsed."""
    from planner.core.items import Item
    from planner.gui.widgets.guide_panels import PersonGuidePanel

    guidance = default_guidance()
    senior = guidance.people["senior"]._replace(judges="Results <b>& risk</b> under 5 < 6")
    panel = PersonGuidePanel(guidance._replace(people={**guidance.people, "senior": senior}))
    qtbot.addWidget(panel)
    panel.show_item(Item("person", {"name": "Priya", "kind": "senior"}))
    shown = panel.text.text()
    assert "Results &lt;b&gt;&amp; risk&lt;/b&gt; under 5 &lt; 6" in shown
    assert "<b>What a senior decision maker judges</b>" in shown


def test_a_window_never_painted_still_finishes_starting(qtbot, data_dir, monkeypatch):
    """Started minimised or on another desktop, the window gets no paint event: what waits
    for the first paint starts after a short while anyway."""
    import planner.gui.main_window as main_window

    monkeypatch.setattr(main_window, "PAINT_WAIT_MS", 50)
    store = Store.open_in(data_dir)
    try:
        window = MainWindow(store, Settings.in_folder(data_dir), data_dir)  # never shown
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.first_painted, timeout=2000):
            pass
        assert len(window.tab_pages) == 4
    finally:
        store.close()
