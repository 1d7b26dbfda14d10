"""Showing what the user typed (or a file brought in) as text, never as markup to follow.

Qt takes a string for rich text when it merely starts like HTML ("<img ...>"): a label,
a tooltip or a message box would then lay it out and load every image or style sheet it
names, from any path, a device or a named pipe included. So:

- ``SafeDocument`` is the text document of every rich-text view the app makes (the notes
  editor, the sheet): it never loads a resource, whatever the HTML names.
- ``tooltip`` turns text into a tooltip that shows it literally.
- ``message`` is a message box whose text is plain, whatever it holds.
Labels that show user text are set to plain text in their Designer form or where made.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QTextDocument

if TYPE_CHECKING:  # QtWidgets only where a box is shown: the sheet needs QtGui alone
    from PySide6.QtWidgets import QMessageBox, QWidget


class SafeDocument(QTextDocument):
    """A text document that never loads an image, a style sheet, a file or a URL."""

    def loadResource(self, kind: int, name):
        # Qt reads the named path itself when no resource comes back: for an image it
        # tries the file whenever the resource is missing or not an image, so an image is
        # always answered with an empty one (1x1, transparent). Anything else (a style
        # sheet) is answered with nothing, which Qt takes as nothing.
        if kind == QTextDocument.ResourceType.ImageResource:
            from PySide6.QtGui import QImage

            image = QImage(1, 1, QImage.Format.Format_ARGB32)
            image.fill(0)
            return image
        return None


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
