"""A rich-text notes field: bold, italic, underline and lists, and nothing loaded from outside.

Its document never loads a resource (planner.render.safe_document.SafeDocument), and whatever is
pasted or dropped arrives as the editor's own rich text (planner.core.richtext): a web
page brings its words and their emphasis, never its images, links or styles."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QTextEdit, QWidget

from planner.gui import no_icon
from planner.render.safe_document import SafeDocument

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData


class NotesEditor(QTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocument(SafeDocument(self))
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)
        # Typing "* " or "- " at the start of a line begins a bulleted list.
        self.setAutoFormatting(QTextEdit.AutoFormattingFlag.AutoBulletList)
        self._format_actions = [
            self._action("&Bold", QKeySequence.StandardKey.Bold, self.toggle_bold),
            self._action("&Italic", QKeySequence.StandardKey.Italic, self.toggle_italic),
            self._action("&Underline", QKeySequence.StandardKey.Underline, self.toggle_underline),
            self._action("Bulleted &list", QKeySequence("Ctrl+Shift+8"), self.toggle_list),
        ]

    def _action(self, text: str, shortcut, slot) -> QAction:
        action = no_icon.action(text, self)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def toggle_bold(self) -> None:
        bold = self.fontWeight() <= QFont.Weight.Normal
        self.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)

    def toggle_italic(self) -> None:
        self.setFontItalic(not self.fontItalic())

    def toggle_underline(self) -> None:
        self.setFontUnderline(not self.fontUnderline())

    def toggle_list(self) -> None:
        cursor = self.textCursor()
        current = cursor.currentList()
        if current is not None:
            block_format = cursor.blockFormat()
            current.remove(cursor.block())
            block_format.setIndent(0)
            cursor.setBlockFormat(block_format)
        else:
            from PySide6.QtGui import QTextListFormat  # its class costs start-up time

            cursor.createList(QTextListFormat.Style.ListDisc)

    def contextMenuEvent(self, event) -> None:
        menu = self.createStandardContextMenu(event.pos())
        menu.addSeparator()
        for action in self._format_actions:
            menu.addAction(action)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasHtml() or source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste and drop: HTML reduced to the editor's own rich text, else plain text;
        images and files are never taken in."""
        if source.hasHtml():
            from planner.core.richtext import clean_html

            cleaned = clean_html(source.html())
            if cleaned:
                self.textCursor().insertHtml(cleaned)
                self.ensureCursorVisible()
                return
        if source.hasText():
            self.textCursor().insertText(source.text())
            self.ensureCursorVisible()
