"""Edit > Find: search every field of every interview, list the places, jump to one."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QTreeWidgetItem, QWidget

from planner.core.guidance import Guidance
from planner.gui.forms.ui_find_dialog import Ui_FindDialog
from planner.gui.safe_text import tooltip
from planner.store import Store

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_DELAY_MS = 150


class FindDialog(QDialog):
    jump = Signal(int, str, str, int, str)  # interview id, tab, kind, item id, field

    def __init__(self, store: Store, guidance: Guidance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_FindDialog()
        self.ui.setupUi(self)
        self.store = store
        self.hits = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.ui.queryEdit.textChanged.connect(lambda _text: self._timer.start())
        self.ui.queryEdit.returnPressed.connect(self._go_to_first)
        self.ui.resultsTree.itemActivated.connect(lambda item, _column: self._go(item))
        tree = self.ui.resultsTree
        tree.setColumnWidth(0, 200)
        tree.setColumnWidth(1, 240)

    def focus_query(self) -> None:
        self.ui.queryEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.queryEdit.selectAll()
        if self.ui.queryEdit.text():
            self.run_search()  # the data may have changed since the last search

    def run_search(self) -> None:
        self._timer.stop()
        query = self.ui.queryEdit.text()
        self.hits = self.store.search(query) if query.strip() else []
        tree = self.ui.resultsTree
        tree.clear()
        for hit in self.hits:
            row = QTreeWidgetItem(tree, [hit.interview_title, hit.where, hit.context])
            row.setData(0, HIT_ROLE, hit)
            row.setToolTip(2, tooltip(hit.context))
        if not query.strip():
            self.ui.countLabel.setText("")
        elif not self.hits:
            self.ui.countLabel.setText(f"Nothing found for “{query.strip()}”.")
        else:
            self.ui.countLabel.setText(
                f"{len(self.hits)} place(s). Enter or double-click to go there."
            )
        if self.hits:
            tree.setCurrentItem(tree.topLevelItem(0))

    def _go_to_first(self) -> None:
        self.run_search()
        if self.ui.resultsTree.topLevelItemCount():
            self._go(self.ui.resultsTree.topLevelItem(0))

    def _go(self, row: QTreeWidgetItem) -> None:
        hit = row.data(0, HIT_ROLE)
        if hit is not None:
            self.jump.emit(hit.interview_id, hit.tab, hit.kind, hit.item_id, hit.field)
