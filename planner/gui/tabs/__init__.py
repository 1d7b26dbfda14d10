"""The four tabs, built from the guidance and the item specs into the main window's form.

Each tab's module adds its sections to a TabPage, one at a time: its build() is a
generator that yields after each section, so that the window can stop at the fold before
its first paint and build the rest just after. The TabContext keeps every editor so the
tab set can load an interview into all of them at once.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from planner.core.guidance import Guidance
from planner.core.model import Interview
from planner.gui.prep_fields import PrepFields
from planner.gui.session import EditingSession
from planner.gui.widgets.fields import with_mnemonic
from planner.gui.widgets.item_list import ItemListEditor
from planner.gui.widgets.section import Callout, Section


class TabPage:
    """One tab's scrolling column: the callout, then sections, then the free notes."""

    def __init__(self, key: str, layout: QVBoxLayout, guide: QLabel, guidance: Guidance):
        self.key = key
        self.layout = layout
        self.guidance = guidance
        self.content: QWidget = guide.parentWidget()
        tab_guide = guidance.tabs[key]
        self.callout = Callout(tab_guide.intro, tab_guide.reminder, self.content)
        self.callout.setObjectName(f"{key}Callout")
        layout.replaceWidget(guide, self.callout)
        guide.hide()
        self._next = layout.indexOf(self.callout) + 1
        self.sections: list[Section] = []

    def section(self, key: str) -> Section:
        guide = self.guidance.sections[key]
        section = Section(key, guide.title, guide.advice, self.content)
        self.layout.insertWidget(self._next, section)
        self._next += 1
        self.sections.append(section)
        return section

    def built_height(self) -> int:
        """How tall the callout and the sections built so far want to be (an estimate
        that errs low: wrapped labels are measured at their widest)."""
        spacing = max(self.layout.spacing(), 0)
        return sum(
            widget.sizeHint().height() + spacing for widget in (self.callout, *self.sections)
        )


class TabContext:
    """What the tabs' builders share: the editing session, the guidance, the editors of the
    interview's own answers, the question bank's picker, and every item editor made so far."""

    def __init__(
        self,
        session: EditingSession,
        guidance: Guidance,
        prep: PrepFields,
        *,
        dialog_parent: QWidget,
        practice: QAction,
    ) -> None:
        self.session = session
        self.store = session.store
        self.guidance = guidance
        self.prep = prep
        self.dialog_parent = dialog_parent  # what the question bank opens over
        self.practice = practice  # the practice's action, for the tab's button
        self.item_editors: list[ItemListEditor] = []
        from planner.gui.tabs.expect import QuestionPicker

        self.question_picker = QuestionPicker(self)

    def item_list(self, kind: str, parent: QWidget, **options) -> ItemListEditor:
        editor = ItemListEditor(kind, self.session, parent=parent, **options)
        self.item_editors.append(editor)
        return editor

    def prep_form(self, parent: QWidget, names: list[str], *, lines: int = 3) -> QWidget:
        """A form of the interview's own answers, each with its label."""
        box = QWidget(parent)
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        used: set[str] = set()
        for name in names:
            editor = self.prep.editor(name, box, lines=lines)
            if editor.is_checkbox:
                form.addRow(editor.widget)
            else:
                label = QLabel(with_mnemonic(f"{editor.spec.label}:", used), box)
                label.setBuddy(editor.widget)
                form.addRow(label, editor.widget)
        return box

    def load(self, interview: Interview) -> None:
        self.prep.load(interview)
        for editor in self.item_editors:
            editor.load(interview.id, interview.items[editor.kind])

    def editors_of(self, kind: str) -> list[ItemListEditor]:
        """The editors of one kind of item, in the tabs built so far."""
        return [editor for editor in self.item_editors if editor.kind == kind]
