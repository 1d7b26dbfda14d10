"""What to expect: why they invited you back, who you will meet, assessments, likely questions."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QDialog, QHBoxLayout, QWidget

from planner.core.starter import suggested_items
from planner.gui import no_icon
from planner.gui.tabs import TabContext, TabPage
from planner.gui.widgets.guide_panels import AssessmentGuidePanel, PersonGuidePanel
from planner.gui.widgets.wrapping_label import WrappingLabel


class QuestionPicker:
    """Opens the question bank and adds the ticked questions to the likely questions."""

    def __init__(self, context: TabContext) -> None:
        self.context = context

    def open(self, focus_kind: str | None = None):
        from planner.gui.dialogs.question_bank import QuestionBankDialog

        context = self.context
        interview_id = context.session.current_id
        if interview_id is None:
            return None
        context.session.save_pending()
        people = context.store.items(interview_id, "person")
        kinds = {person.get("kind") for person in people}
        added = {q.get("bank_id") for q in context.store.items(interview_id, "question")}
        dialog = QuestionBankDialog(
            context.guidance, kinds, added, context.dialog_parent, focus_kind=focus_kind
        )
        dialog.accepted.connect(lambda: self._add(dialog))
        dialog.open()
        return dialog

    def _add(self, dialog: QDialog) -> None:
        (questions,) = self.context.editors_of("question")
        questions.add_items(
            [
                {
                    "text": question.text,
                    "asked_by": question.kind if question.kind != "other" else "any",
                    "bank_id": question.id,
                }
                for question in dialog.selected()
            ]
        )


def build(page: TabPage, context: TabContext) -> Iterator[None]:
    guidance = context.guidance
    parent = page.content

    reasons = page.section("reasons")
    for reason in guidance.reasons:
        editor = context.prep.editor(reason.field, parent)
        editor.widget.setText(reason.label)
        editor.widget.setToolTip(reason.meaning)
        reasons.add(editor.widget)
        meaning = WrappingLabel(reason.meaning, parent)
        meaning.setIndent(24)
        meaning.setForegroundRole(meaning.foregroundRole().PlaceholderText)
        reasons.add(meaning)
    reasons.add(context.prep_form(parent, ["invite_note"]))
    yield

    picker = context.question_picker
    people = page.section("people")
    person_guide = PersonGuidePanel(guidance, parent)
    person_guide.prepare_questions.connect(lambda kind: picker.open(kind))
    people.add(
        context.item_list(
            "person",
            parent,
            fields=("name", "job_title", "kind", "met_before", "notes"),
            extra=person_guide,
            empty_text="Add each person named in your invitation.",
        )
    )
    yield

    assessments = page.section("assessments")
    assessments.add(
        context.item_list(
            "assessment",
            parent,
            extra=AssessmentGuidePanel(guidance, parent),
            suggestions=lambda: suggested_items(guidance, "assessment"),
        )
    )
    yield

    questions = page.section("questions")
    bar = QWidget(parent)
    row = QHBoxLayout(bar)
    row.setContentsMargins(0, 0, 0, 0)
    bank_button = no_icon.button("Pick from the question bank…", bar)
    bank_button.setObjectName("questionBankButton")
    bank_button.clicked.connect(lambda: picker.open())
    row.addWidget(bank_button)
    practise_button = no_icon.button("Practise them against the clock…", bar)
    practise_button.setObjectName("practiseButton")
    practise_button.setToolTip("Flashcards of your likely questions (Ctrl+Shift+P)")
    practise_button.clicked.connect(context.practice.trigger)
    row.addWidget(practise_button)
    row.addStretch(1)
    questions.add(bar)
    questions.add(
        context.item_list(
            "question",
            parent,
            fields=("text", "asked_by", "outline", "practised"),
            empty_text="Pick questions from the bank, or add your own.",
        )
    )
