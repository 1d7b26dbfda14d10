"""Showing what the user typed (or a file brought in) as text, never as markup to follow.

Qt takes a string for rich text when it merely starts like HTML ("<img ...>"): a label,
a tooltip or a message box would then lay it out and load every image or style sheet it
names, from any path, a device or a named pipe included. So:

- ``planner.render.safe_document.SafeDocument`` is the text document of every rich-text
  view the app makes (the notes editor, the sheet): it never loads a resource.
- ``tooltip`` turns text into a tooltip that shows it literally.
- ``message`` is a message box whose text is plain, whatever it holds.
Labels that show user text are set to plain text in their Designer form or where made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # QtWidgets only where a box is shown: the sheet needs QtGui alone
    from PySide6.QtWidgets import QMessageBox, QWidget


def escape(text: str) -> str:
    """Text to put inside rich text, shown as it is. (Not html.escape: importing html
    builds its table of entities, 1.5 ms, which start-up does not need.)"""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as it is: rich text made of its escaped words."""
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>"


def message(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    informative: str = "",
) -> QMessageBox:
    """A message box that shows its texts as plain text. The caller adds buttons and runs it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if informative:
        # The informative text's label is made by the first setInformativeText: made
        # with a harmless text, set to plain text, and only then given the real one.
        box.setInformativeText(" ")
        from PySide6.QtWidgets import QLabel

        label = box.findChild(QLabel, "qt_msgbox_informativelabel")
        if label is not None:
            label.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(informative)
    return box


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """QMessageBox.warning, with the text shown as plain text."""
    from PySide6.QtWidgets import QMessageBox

    box = message(parent, QMessageBox.Icon.Warning, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """QMessageBox.question with Yes and Cancel (the default), the text plain: True for Yes."""
    from PySide6.QtWidgets import QMessageBox

    box = message(parent, QMessageBox.Icon.Question, title, text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes
