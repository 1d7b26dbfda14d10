"""Actions and buttons made with a text, and no icon.

QAction(text, parent) and QPushButton(text, parent) make PySide6 weigh their QIcon
overloads first, which builds the QIcon class and its enums (1 ms): before the window's
first paint that is time the window waits for. These make the object, then set its text.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QWidget


def action(text: str, parent: QObject, *, checkable: bool = False) -> QAction:
    made = QAction(parent)
    made.setText(text)
    if checkable:
        made.setCheckable(True)
    return made


def button(text: str, parent: QWidget) -> QPushButton:
    made = QPushButton(parent)
    made.setText(text)
    return made
