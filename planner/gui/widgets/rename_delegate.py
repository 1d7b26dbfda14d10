"""Renaming a checklist item in place, saved as it is typed.

Qt hands an in-place editor's text to the model only when the editing ends; until then
nothing would be saved, however long the typing went on. This delegate reports every
keystroke, so that the autosaver keeps its promise (at most a moment unsaved) here too."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPersistentModelIndex
from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QWidget


class RenameInPlaceDelegate(QStyledItemDelegate):
    def __init__(self, on_typing: Callable[[int, str], None], parent: QWidget) -> None:
        super().__init__(parent)
        self._on_typing = on_typing  # (row, text so far)

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            where = QPersistentModelIndex(index)
            editor.textEdited.connect(
                lambda text: where.isValid() and self._on_typing(where.row(), text)
            )
        return editor
