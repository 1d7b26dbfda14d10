"""A date and time field where Tab leaves the field, as in every other field.

QDateTimeEdit uses Tab to step through its own sections (day, month, year, hours...) and,
while it shows its "not set" text, never lets Tab out: a keyboard trap. Here Tab and
Shift+Tab move to the next or previous field; the arrow keys still step through the
sections, and Up/Down change the one under the cursor.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDateTimeEdit, QWidget


class DateTimeEdit(QDateTimeEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def focusNextPrevChild(self, next_child: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next_child)
