"""A list model over one kind of item: titles and subtitles, or check boxes for checklists."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from planner.core.items import BOOL, CHOICE, ITEM_KINDS, TEXT_LIMIT, Item
from planner.gui.safe_text import tooltip
from planner.gui.widgets.two_line_delegate import SUBTITLE_ROLE

Index = QModelIndex | QPersistentModelIndex
CHECKLIST_KINDS = frozenset({"day_check", "presence_check"})


def subtitle(item: Item) -> str:
    kind = ITEM_KINDS[item.kind]
    parts = []
    for name in kind.subtitle_fields:
        spec = kind.field(name)
        value = item.get(name)
        if spec.type == BOOL:
            if value:
                parts.append(spec.label.lower() if name != "expected" else "expected")
        elif spec.type == CHOICE:
            if value:
                parts.append(spec.choice_label(value))
        elif isinstance(value, str) and value.strip():
            parts.append(value.strip())
    return " · ".join(parts)


class ItemListModel(QAbstractListModel):
    """Rows of one kind of item. A checklist's rows are ticked and renamed in place;
    each such edit is handed to on_edit(item, field, value) to be saved."""

    def __init__(self, kind: str, on_edit: Callable[[Item, str, object], None], parent=None):
        super().__init__(parent)
        self.kind = kind
        self.checklist = kind in CHECKLIST_KINDS
        self.items: list[Item] = []
        self._on_edit = on_edit

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.checklist and index.isValid():
            flags |= Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if self.checklist:
                return item.text("text") or "New item"
            return item.title
        if role == SUBTITLE_ROLE and not self.checklist:
            return subtitle(item)
        if role == Qt.ItemDataRole.EditRole:
            return item.get("text") if self.checklist else item.title
        if role == Qt.ItemDataRole.CheckStateRole and self.checklist:
            return Qt.CheckState.Checked if item.get("done") else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(item.title)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            state = (", done" if item.get("done") else ", not done") if self.checklist else ""
            return f"{item.title}{state}"
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not (self.checklist and index.isValid()):
            return False
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole:
            done = Qt.CheckState(value) == Qt.CheckState.Checked
            item.data["done"] = done
            self._on_edit(item, "done", done)
        elif role == Qt.ItemDataRole.EditRole:
            text = str(value).strip()[:TEXT_LIMIT]
            if not text:
                return False
            item.data["text"] = text
            self._on_edit(item, "text", text)
        else:
            return False
        self.dataChanged.emit(index, index, [role])
        return True

    def set_items(self, items: list[Item]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def refresh_row(self, row: int) -> None:
        self.dataChanged.emit(self.index(row), self.index(row))
