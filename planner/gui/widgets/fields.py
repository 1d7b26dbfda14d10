"""One editor widget per field type, built from a FieldSpec: the item lists and the
interview's own answers both use these."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSignalBlocker, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from planner.core.items import BOOL, CHOICE, LONG_TEXT, LONG_TEXT_LIMIT, TEXT_LIMIT, FieldSpec

# Letters the header's labels already use (Company, Role, Date, Status, Place), and the
# menus' (File, Edit, View, Interview, Help): a form in a tab does not take them again.
RESERVED_MNEMONICS = frozenset("crdspfevih")


def with_mnemonic(text: str, used: set[str]) -> str:
    """The label with an underlined letter (Alt+letter) not yet used in its form.

    The first free letter at the start of a word is preferred, then any free letter; a
    label with no free letter is left without one."""
    words = [i for i, ch in enumerate(text) if ch.isalpha() and (i == 0 or text[i - 1] == " ")]
    others = [i for i, ch in enumerate(text) if ch.isalpha() and i not in words]
    for index in words + others:
        letter = text[index].lower()
        if letter not in used and letter not in RESERVED_MNEMONICS:
            used.add(letter)
            return f"{text[:index]}&{text[index:]}"
    return text


class LongTextEdit(QPlainTextEdit):
    """Several lines of plain text; Tab moves on, as in every other field."""

    def __init__(self, parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        height = self.fontMetrics().lineSpacing() * lines + 14
        self.setMinimumHeight(height)
        self.setMaximumHeight(int(height * 1.6))


class FieldEditor(QObject):
    """A widget for one field, its value in Python terms, and a signal when the user edits it."""

    edited = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget, *, lines: int = 3) -> None:
        super().__init__(parent)
        self.spec = spec
        widget: QWidget
        if spec.type == BOOL:
            widget = QCheckBox(spec.label, parent)
            widget.toggled.connect(self.edited)
        elif spec.type == CHOICE:
            widget = QComboBox(parent)
            for value, label in spec.choices:
                widget.addItem(label, value)
            widget.activated.connect(lambda _index: self.edited.emit())
        elif spec.type == LONG_TEXT:
            widget = LongTextEdit(parent, lines)
            widget.textChanged.connect(self.edited)
        else:
            widget = QLineEdit(parent)
            widget.setMaxLength(TEXT_LIMIT)
            widget.textEdited.connect(lambda _text: self.edited.emit())
        if spec.placeholder and hasattr(widget, "setPlaceholderText"):
            widget.setPlaceholderText(spec.placeholder)
        widget.setAccessibleName(spec.label)
        widget.setObjectName(f"field_{spec.name}")
        self.widget = widget

    def value(self) -> Any:
        widget = self.widget
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()[:LONG_TEXT_LIMIT]
        return widget.text()

    def set_value(self, value: Any) -> None:
        """Show a stored value without it counting as an edit."""
        widget = self.widget
        with QSignalBlocker(widget):
            if isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QComboBox):
                index = widget.findData(value)
                widget.setCurrentIndex(max(index, 0))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
            else:
                widget.setText(value or "")
                widget.setCursorPosition(0)

    @property
    def is_checkbox(self) -> bool:
        return isinstance(self.widget, QCheckBox)
