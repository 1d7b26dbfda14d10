"""Guidance that follows the selected person or assessment."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from planner.core.guidance import Guidance
from planner.core.items import Item
from planner.gui import no_icon
from planner.gui.safe_text import escape
from planner.gui.widgets.item_list import ItemDetailExtra
from planner.gui.widgets.wrapping_label import WrappingLabel


def _bullets(lines) -> str:
    return (
        "<ul style='margin-left:-20px'>"
        + "".join(f"<li>{escape(line)}</li>" for line in lines)
        + "</ul>"
    )


class _GuidePanel(ItemDetailExtra):
    def __init__(self, guidance: Guidance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guidance = guidance
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.frame = QFrame(self)
        self.frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.frame.setBackgroundRole(self.frame.backgroundRole().AlternateBase)
        self.frame.setAutoFillBackground(True)
        inner = QVBoxLayout(self.frame)
        inner.setContentsMargins(10, 8, 10, 8)
        self.text = WrappingLabel("", self.frame)
        # Only our own guidance is shown here, escaped; no link is followed.
        self.text.setTextFormat(self.text.textFormat().RichText)
        self.text.setOpenExternalLinks(False)
        inner.addWidget(self.text)
        layout.addWidget(self.frame)


class PersonGuidePanel(_GuidePanel):
    """What this kind of interviewer judges, what they look for, how to connect with them,
    and their likely questions."""

    prepare_questions = Signal(str)  # a person kind

    def __init__(self, guidance: Guidance, parent: QWidget | None = None) -> None:
        super().__init__(guidance, parent)
        self.kind = "hr"
        self.button = no_icon.button("Prepare questions this person may ask…", self.frame)
        self.button.clicked.connect(lambda: self.prepare_questions.emit(self.kind))
        self.frame.layout().addWidget(self.button)

    def show_item(self, item: Item | None) -> None:
        self.setVisible(item is not None)
        if item is None:
            return
        self.kind = item.get("kind")
        guide = self.guidance.people[self.kind]
        examples = [q.text for q in self.guidance.questions_for({self.kind})[:3]]
        self.text.setText(
            f"<b>What a {escape(guide.label.lower())} judges</b><br>"
            f"{escape(guide.judges)}"
            f"<br><br><b>They look for</b>{_bullets(guide.looks_for)}"
            f"<b>Ways to connect</b>{_bullets(guide.connect)}"
            f"<b>Questions they tend to ask</b>{_bullets(examples)}"
        )


class AssessmentGuidePanel(_GuidePanel):
    def show_item(self, item: Item | None) -> None:
        self.setVisible(item is not None)
        if item is None:
            return
        guide = self.guidance.assessments[item.get("type")]
        self.text.setText(
            f"<b>{escape(guide.label)}</b><br>{escape(guide.what)}"
            f"<br><br><b>How to prepare</b>{_bullets(guide.prepare)}"
        )
