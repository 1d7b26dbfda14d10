"""Practice mode: the likely questions as flashcards, against the clock.

Read the question, start the clock and answer aloud, then reveal your outline and rate
yourself. Questions rated "needs work" come first next time; the rating feeds readiness.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QWidget

from planner.core.items import ITEM_KINDS, Item
from planner.gui.forms.ui_practice_dialog import Ui_PracticeDialog
from planner.settings import Settings
from planner.store import Store, StoreError

ORDER = {"needs_work": 0, "": 1, "confident": 2}


def practice_order(questions: list[Item]) -> list[Item]:
    """Needs work first, then not rated yet, then confident; each in list order."""
    usable = [q for q in questions if q.text("text")]
    return sorted(usable, key=lambda q: ORDER.get(q.get("rating"), 1))


class PracticeDialog(QDialog):
    def __init__(
        self, store: Store, interview_id: int, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PracticeDialog()
        self.ui.setupUi(self)
        self.store = store
        self.seconds = max(15, settings.practice_seconds)
        self.questions = practice_order(store.items(interview_id, "question"))
        self.index = 0
        self.left = self.seconds
        self.clock = QTimer(self)
        self.clock.setInterval(1000)
        self.clock.timeout.connect(self._tick)
        font = QFont(self.ui.questionLabel.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.ui.questionLabel.setFont(font)
        clock_font = QFont(self.ui.timeLabel.font())
        clock_font.setPointSizeF(clock_font.pointSizeF() * 1.3)
        self.ui.timeLabel.setFont(clock_font)
        self.ui.timeBar.setRange(0, self.seconds)
        self.ui.startButton.clicked.connect(self.toggle_clock)
        self.ui.revealButton.clicked.connect(self.reveal)
        self.ui.confidentButton.clicked.connect(lambda: self.rate("confident"))
        self.ui.needsWorkButton.clicked.connect(lambda: self.rate("needs_work"))
        self.ui.nextButton.clicked.connect(lambda: self.show_question(self.index + 1))
        self.ui.previousButton.clicked.connect(lambda: self.show_question(self.index - 1))
        self.show_question(0)

    @property
    def current(self) -> Item | None:
        return self.questions[self.index] if 0 <= self.index < len(self.questions) else None

    def show_question(self, index: int) -> None:
        ui = self.ui
        self.clock.stop()
        self.left = self.seconds
        self._show_time()
        ui.startButton.setText("&Start the clock")
        if not self.questions:
            ui.progressLabel.setText("Nothing to practise yet.")
            ui.questionLabel.setText(
                "Add likely questions on the “What to expect” tab, or pick them from the "
                "question bank, then come back to practise them."
            )
            ui.askerLabel.setText("")
            for widget in (
                ui.startButton,
                ui.revealButton,
                ui.confidentButton,
                ui.needsWorkButton,
                ui.nextButton,
                ui.previousButton,
                ui.outlineView,
                ui.timeBar,
                ui.timeLabel,
            ):
                widget.setEnabled(False)
            return
        if index >= len(self.questions):
            ui.progressLabel.setText(f"All {len(self.questions)} questions practised. Well done.")
            ui.questionLabel.setText("Close this window, or go back to any question with Previous.")
            ui.askerLabel.setText("")
            self.index = len(self.questions)
            ui.outlineView.clear()
            ui.outlineView.hide()
            ui.revealButton.setEnabled(False)
            ui.startButton.setEnabled(False)
            ui.confidentButton.setEnabled(False)
            ui.needsWorkButton.setEnabled(False)
            ui.nextButton.setEnabled(False)
            ui.previousButton.setEnabled(True)
            return
        self.index = max(0, index)
        question = self.questions[self.index]
        asked_by = ITEM_KINDS["question"].field("asked_by").choice_label(question.get("asked_by"))
        rating = ITEM_KINDS["question"].field("rating").choice_label(question.get("rating"))
        ui.progressLabel.setText(
            f"Question {self.index + 1} of {len(self.questions)} · last time: {rating.lower()}"
        )
        ui.questionLabel.setText(question.text("text"))
        ui.askerLabel.setText(f"Likely from: {asked_by}")
        ui.outlineView.setPlainText(
            question.text("outline") or "No outline yet: write one on the “What to expect” tab."
        )
        ui.outlineView.hide()
        for widget in (
            ui.startButton,
            ui.revealButton,
            ui.confidentButton,
            ui.needsWorkButton,
            ui.nextButton,
        ):
            widget.setEnabled(True)
        ui.previousButton.setEnabled(self.index > 0)
        ui.startButton.setFocus()

    def toggle_clock(self) -> None:
        if self.clock.isActive():
            self.clock.stop()
            self.ui.startButton.setText("&Resume the clock")
        else:
            if self.left <= 0:
                self.left = self.seconds
            self.clock.start()
            self.ui.startButton.setText("&Pause the clock")

    def _tick(self) -> None:
        self.left -= 1
        self._show_time()
        if self.left <= 0:
            self.clock.stop()
            self.ui.startButton.setText("&Start again")
            self.reveal()

    def _show_time(self) -> None:
        left = max(0, self.left)
        self.ui.timeLabel.setText(f"{left // 60}:{left % 60:02d}")
        self.ui.timeBar.setValue(left)

    def reveal(self) -> None:
        self.ui.outlineView.show()

    def rate(self, rating: str) -> None:
        question = self.current
        if question is None:
            return
        try:
            self.store.set_item_field(question.id, "rating", rating)
            self.store.set_item_field(question.id, "practised", True)
        except StoreError as error:
            self.ui.progressLabel.setText(str(error)[:1].upper() + str(error)[1:])
            return
        question.data["rating"] = rating
        question.data["practised"] = True
        self.show_question(self.index + 1)
