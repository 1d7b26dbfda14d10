"""A titled part of a tab with a line of advice, and the callout that opens each tab."""

from __future__ import annotations

from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from planner.gui.widgets.wrapping_label import WrappingLabel


def _label(text: str, parent: QWidget, *, dim: bool = False, scale: float = 1.0, bold=False):
    label = WrappingLabel(text, parent)
    label.setTextFormat(label.textFormat().PlainText)
    if dim:
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    if scale != 1.0 or bold:
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        label.setFont(font)
    return label


class Section(QWidget):
    def __init__(self, key: str, title: str, advice: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"section_{key}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.title = _label(title, self, scale=1.15, bold=True)
        self.title.setAccessibleName(title)
        self.advice = _label(advice, self, dim=True)
        layout.addWidget(self.title)
        layout.addWidget(self.advice)
        self.body = QVBoxLayout()
        self.body.setSpacing(6)
        layout.addLayout(self.body)

    def add(self, widget: QWidget) -> QWidget:
        self.body.addWidget(widget)
        return widget


class Callout(QFrame):
    """The tab's introduction and its reminder, set apart from the sections."""

    def __init__(self, intro: str, reminder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        self.intro = _label(intro, self)
        self.reminder = _label(reminder, self, bold=True)
        layout.addWidget(self.intro)
        layout.addWidget(self.reminder)
