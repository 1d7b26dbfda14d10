"""A word-wrapped label that lays its text out once per width.

Qt's layouts ask a wrapped label for its height at a given width many times over while
they settle (337 times for 18 widths on the first tab at start-up), and QLabel lays the
whole text out again for every question: rich text especially. The answers are kept
until the text, the font or the style changes (set through this class: a change made
through Qt's property system, setProperty("text", ...), is not seen).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

_MOST_WIDTHS = 64
_RELAYOUT_EVENTS = frozenset(
    {QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange}
)


class WrappingLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        self._heights: dict[int, int] = {}
        super().__init__(text, parent)
        self.setWordWrap(True)

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) >= _MOST_WIDTHS:  # a window being resized asks for many
                self._heights.clear()
            height = self._heights[width] = super().heightForWidth(width)
        return height

    # Every setter that changes the laid-out text forgets the heights.
    def setText(self, text: str) -> None:
        self._heights.clear()
        super().setText(text)

    def setNum(self, number) -> None:
        self._heights.clear()
        super().setNum(number)

    def clear(self) -> None:
        self._heights.clear()
        super().clear()

    def setTextFormat(self, text_format) -> None:
        self._heights.clear()
        super().setTextFormat(text_format)

    def setIndent(self, indent: int) -> None:
        self._heights.clear()
        super().setIndent(indent)

    def setMargin(self, margin: int) -> None:
        self._heights.clear()
        super().setMargin(margin)

    def setWordWrap(self, on: bool) -> None:
        self._heights = {}  # also called by __init__, before the cache exists
        super().setWordWrap(on)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _RELAYOUT_EVENTS:
            self._heights.clear()
        super().changeEvent(event)
