"""Pick likely questions from the bank, grouped by who tends to ask them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidgetItem, QWidget

from planner.core.guidance import BankQuestion, Guidance
from planner.core.items import PERSON_KINDS
from planner.gui.forms.ui_question_bank_dialog import Ui_QuestionBankDialog

QUESTION_ROLE = Qt.ItemDataRole.UserRole + 1


class QuestionBankDialog(QDialog):
    def __init__(
        self,
        guidance: Guidance,
        kinds_on_list: set[str],
        already_added: set[str],
        parent: QWidget | None = None,
        *,
        focus_kind: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_QuestionBankDialog()
        self.ui.setupUi(self)
        self.guidance = guidance
        self.kinds_on_list = set(kinds_on_list)
        self.already_added = set(already_added)
        self.focus_kind = focus_kind
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Add the ticked questions")
        self.ui.showAllCheck.setChecked(not self.kinds_on_list and focus_kind is None)
        self.ui.showAllCheck.toggled.connect(self._fill)
        self.ui.questionTree.currentItemChanged.connect(self._show_why)
        self.ui.questionTree.itemChanged.connect(self._update_ok)
        self._fill()

    def _visible_kinds(self) -> list[str]:
        if self.ui.showAllCheck.isChecked():
            return [key for key, _ in PERSON_KINDS]
        wanted = {self.focus_kind} if self.focus_kind else self.kinds_on_list
        return [key for key, _ in PERSON_KINDS if key in wanted]

    def _fill(self) -> None:
        tree = self.ui.questionTree
        tree.blockSignals(True)
        ticked = set(self.selected_ids())
        tree.clear()
        for kind in self._visible_kinds():
            group = QTreeWidgetItem(tree, [self.guidance.people[kind].label])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for question in self.guidance.questions_for({kind}):
                row = QTreeWidgetItem(group, [question.text])
                row.setData(0, QUESTION_ROLE, question.id)
                row.setToolTip(0, question.why)
                if question.id in self.already_added:
                    row.setText(0, f"{question.text}  (already on your list)")
                    row.setFlags(Qt.ItemFlag.NoItemFlags)
                    row.setCheckState(0, Qt.CheckState.Checked)
                    row.setToolTip(0, "Already on your list")
                else:
                    row.setFlags(
                        Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsUserCheckable
                        | Qt.ItemFlag.ItemIsSelectable
                    )
                    checked = question.id in ticked
                    row.setCheckState(
                        0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                    )
            group.setExpanded(True)
        tree.blockSignals(False)
        self._update_ok()

    def _show_why(self, current: QTreeWidgetItem | None, _previous=None) -> None:
        question_id = current.data(0, QUESTION_ROLE) if current else None
        question = self.guidance.question(question_id) if question_id else None
        self.ui.whyLabel.setText(f"What they want to learn: {question.why}" if question else "")

    def _update_ok(self, *_args) -> None:
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.selected_ids()))

    def _rows(self):
        tree = self.ui.questionTree
        for group_index in range(tree.topLevelItemCount()):
            group = tree.topLevelItem(group_index)
            for child_index in range(group.childCount()):
                yield group.child(child_index)

    def selected_ids(self) -> list[str]:
        return [
            row.data(0, QUESTION_ROLE)
            for row in self._rows()
            if row.flags() & Qt.ItemFlag.ItemIsUserCheckable
            and row.checkState(0) == Qt.CheckState.Checked
        ]

    def tick(self, question_id: str) -> None:
        for row in self._rows():
            if row.data(0, QUESTION_ROLE) == question_id:
                row.setCheckState(0, Qt.CheckState.Checked)

    def selected(self) -> list[BankQuestion]:
        return [q for q in map(self.guidance.question, self.selected_ids()) if q is not None]
