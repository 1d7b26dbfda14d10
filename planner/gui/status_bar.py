"""The status bar: whether the edits are saved, the session's messages, and the notice
that offers to undo a deletion."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStatusBar, QWidget

from planner.gui import no_icon
from planner.gui.session import EditingSession

NOTICE_MS = 12_000  # how long the offer to undo stays


class StatusBar(QObject):
    def __init__(self, bar: QStatusBar, session: EditingSession) -> None:
        super().__init__(bar)
        self.bar = bar
        self._save_failed = False
        self.undo_notice = QWidget(bar)
        self.undo_notice_label = QLabel(self.undo_notice)
        self.undo_notice_label.setTextFormat(Qt.TextFormat.PlainText)  # it names user text
        self.undo_button = no_icon.button("Undo", self.undo_notice)
        self.undo_button.setAccessibleName("Undo the deletion")
        self.undo_button.clicked.connect(session.undo_stack.undo)
        self.undo_button.clicked.connect(self.undo_notice.hide)
        notice_layout = QHBoxLayout(self.undo_notice)
        notice_layout.setContentsMargins(0, 0, 0, 0)
        notice_layout.addWidget(self.undo_notice_label)
        notice_layout.addWidget(self.undo_button)
        bar.addWidget(self.undo_notice)
        self.undo_notice.hide()
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_MS)
        self._notice_timer.timeout.connect(self.undo_notice.hide)

        self.save_state = QLabel(bar)
        self.save_state.setTextFormat(Qt.TextFormat.PlainText)  # errors name paths
        self.save_state.setObjectName("saveState")
        self.save_state.setAccessibleName("Save state")
        bar.addPermanentWidget(self.save_state)
        session.saving.connect(lambda: self.save_state.setText("Saving…"))
        session.saved.connect(self._on_saved)
        session.save_failed.connect(self._on_save_failed)
        session.notice.connect(self.show_undo_notice)
        session.message.connect(bar.showMessage)

    def show_undo_notice(self, text: str) -> None:
        """Offer to undo what text names ("": withdraw the offer)."""
        if not text:
            self.undo_notice.hide()
            return
        self.undo_notice_label.setText(text)
        self.undo_notice.show()
        self._notice_timer.start()

    def _on_saved(self, _keys) -> None:
        self.save_state.setText("Saved")
        if self._save_failed:
            self._save_failed = False
            self.bar.showMessage("Saved again: nothing was lost.", 6000)

    def _on_save_failed(self, message: str) -> None:
        self._save_failed = True
        text = message[:1].upper() + message[1:]
        self.save_state.setText(text)
        self.bar.showMessage(f"{text}. Your text is kept and will be saved when possible.")
