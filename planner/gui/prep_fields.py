"""Editors for the interview's own answers (reasons, key messages, motivation, debrief)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from planner.core.model import PREP_FIELDS, Interview
from planner.gui.session import EditingSession, EditKey
from planner.gui.widgets.fields import FieldEditor


class PrepFields:
    def __init__(self, session: EditingSession):
        self.session = session
        self.interview_id: int | None = None
        self.editors: dict[str, FieldEditor] = {}

    def editor(self, name: str, parent: QWidget, *, lines: int = 3) -> FieldEditor:
        editor = FieldEditor(PREP_FIELDS[name], parent, lines=lines)
        editor.edited.connect(lambda: self._edited(name))
        self.editors[name] = editor
        return editor

    def _edited(self, name: str) -> None:
        if self.interview_id is None:
            return
        interview_id = self.interview_id
        store = self.session.store
        self.session.schedule(
            EditKey("prep", interview_id, name),
            self.editors[name].value,
            lambda value: store.set_prep(interview_id, name, value),
        )

    def load(self, interview: Interview) -> None:
        self.interview_id = interview.id
        for name, editor in self.editors.items():
            editor.set_value(interview.prep.get(name))
